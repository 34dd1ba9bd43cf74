import type { TemplateMap } from '@lit/localize';
import { str } from '../../localize.js';

export const maturityScan: TemplateMap = {
  // The element's own words.
  'scan.loading': 'Scan laden…',
  'scan.empty': 'Deze scan heeft nog geen vragen.',
  'scan.autosave.one': 'Je antwoorden worden tijdens het invullen 1 dag op dit apparaat bewaard.',
  'scan.autosave.other': str`Je antwoorden worden tijdens het invullen ${0} dagen op dit apparaat bewaard.`,
  'scan.autosave.session': 'Je antwoorden worden tijdens het invullen alleen in dit tabblad bewaard, tot je het sluit.',
  'scan.autosave.off': 'Je antwoorden worden niet bewaard: als je de pagina verlaat of herlaadt, zijn ze weg.',
  'scan.restored.one': 'Welkom terug: je antwoord is hersteld.',
  'scan.restored.other': str`Welkom terug: je ${0} antwoorden zijn hersteld.`,
  'scan.progress': str`${0} van ${1} beantwoord`,
  'scan.progress-label': 'Beantwoorde vragen',
  'scan.step': str`Deel ${0} van ${1}`,
  'scan.not-applicable': 'Niet van toepassing',
  'scan.choose-answer': 'Kies een antwoord.',
  'scan.missing.one': '1 vraag heeft nog geen antwoord:',
  'scan.missing.other': str`${0} vragen hebben nog geen antwoord:`,
  'scan.missing.none-answered': 'Beantwoord minstens één vraag om je resultaat te zien.',
  'scan.missing.question': str`Vraag ${0}`,
  'scan.missing.more': str`en nog ${0}.`,
  'scan.validity.one': '1 vraag heeft nog geen antwoord.',
  'scan.validity.other': str`${0} vragen hebben nog geen antwoord.`,
  'scan.validity.not-loaded': 'De scan is nog niet geladen.',
  'scan.back': 'Vorige',
  'scan.next': 'Volgende',
  'scan.finish': 'Bekijk mijn resultaat',
  'scan.result.title': 'Je resultaat',
  'scan.result.level-of': str`Niveau ${0} van ${1}:`,
  'scan.result.score': str`Totaalscore ${0} van 100`,
  'scan.result.partial': str`Gebaseerd op ${0} van ${1} vragen; de overige zijn niet beantwoord of niet van toepassing.`,
  'scan.result.dimension-line': str`${0}: ${1} van 100, niveau ${2} (${3})`,
  'scan.result.strengths': 'Sterke punten',
  'scan.result.gaps': 'Verbeterpunten',
  'scan.result.where-to-start': 'Eerste stappen',
  'scan.result.across': 'In de hele organisatie',
  'scan.level-fallback': str`Niveau ${0}`,
  'scan.score-of-100': str`${0} van 100`,
  'scan.chart.series': 'Score',
  'scan.table.caption': 'Scores per dimensie',
  'scan.table.dimension': 'Dimensie',
  'scan.table.score': 'Score',
  'scan.table.level': 'Niveau',
  'scan.save.saving': 'Je antwoorden worden opgeslagen…',
  'scan.save.saved': 'Je antwoorden zijn opgeslagen.',
  'scan.save.local': 'Je antwoorden zijn op dit apparaat opgeslagen.',
  'scan.save.offline':
    'Je bent offline. Je antwoorden worden verstuurd zodra de verbinding terug is. Tot die tijd blijven ze op dit apparaat bewaard.',
  'scan.save.retrying': str`We konden de server niet bereiken en proberen het over ${0} opnieuw. Tot die tijd blijven je antwoorden op dit apparaat bewaard.`,
  'scan.save.refused':
    'Je antwoorden konden niet worden opgeslagen: deze browser staat niet toe dat we ze op dit apparaat bewaren.',
  'scan.save.failed': str`Je antwoorden konden niet worden opgeslagen: ${0} Ze blijven op dit apparaat bewaard.`,
  'scan.save.try-again': 'Opnieuw proberen',
  'scan.save.try-now': 'Nu proberen',
  'scan.restart': 'Opnieuw beginnen',
  'scan.result.download': 'Resultaten downloaden',

  // The built-in journey-management scan.
  'scan.builtin.title': 'Volwassenheidsscan journeymanagement',
  'scan.builtin.intro':
    'Twintig stellingen, ongeveer drie minuten. Geef bij elke stelling aan hoe goed die je organisatie vandaag beschrijft. Er zijn geen goede of foute antwoorden: een eerlijk beeld levert het bruikbaarste advies op.',
  'scan.builtin.scale-1': 'Helemaal oneens',
  'scan.builtin.scale-2': 'Oneens',
  'scan.builtin.scale-3': 'Neutraal',
  'scan.builtin.scale-4': 'Eens',
  'scan.builtin.scale-5': 'Helemaal eens',

  'scan.builtin.dim-insights': 'Klantinzicht',
  'scan.builtin.dim-insights-description': 'Hoe je leert wat klanten in elke fase van hun journey meemaken.',
  'scan.builtin.advice-insights-1':
    'Vraag klanten niet alleen na aankoop en support om feedback, maar ook op een paar andere momenten, zoals onboarding en verlenging.',
  'scan.builtin.advice-insights-2':
    'Label alle feedback met de journey en de stap waarover die gaat, zodat je kunt vergelijken.',
  'scan.builtin.advice-insights-3': "Ontwikkel persona's op basis van onderzoek en toets belangrijke beslissingen daaraan.",
  'scan.builtin.advice-insights-4': 'Combineer feedback met gedragsdata om knelpunten te zien voordat klanten klagen.',
  'scan.builtin.advice-insights-5':
    'Stuur inzichten meteen door naar de teams die het dichtst bij elke journeystap staan.',
  'scan.builtin.dim-framework': 'Journeyframework',
  'scan.builtin.dim-framework-description':
    'Eén gedeelde manier om journeys te beschrijven, in kaart te brengen en te besturen.',
  'scan.builtin.advice-framework-1':
    'Schrijf de levenscyclusfasen op die je klanten doorlopen, in hun woorden en niet in die van je afdelingen.',
  'scan.builtin.advice-framework-2':
    'Spreek één sjabloon en één vocabulaire af voor journeymaps, en stop met alle andere.',
  'scan.builtin.advice-framework-3':
    'Orden journeys in een hiërarchie, van levenscyclusfasen tot gedetailleerde stappen.',
  'scan.builtin.advice-framework-4':
    'Herzie de maps in een vaste cyclus, zodat het framework blijft kloppen met wat klanten beleven.',
  'scan.builtin.advice-framework-5':
    'Open het framework voor partners, zodat gedeelde journeys van begin tot eind worden gemanaged.',
  'scan.builtin.dim-prioritisation': 'Prioritering',
  'scan.builtin.dim-prioritisation-description': 'Hoe je bepaalt welke verbeteringen aan journeys voorgaan.',
  'scan.builtin.advice-prioritisation-1':
    'Zet de bekende pijnpunten van één journey op een rij en schat hoeveel klanten elk ervan raakt.',
  'scan.builtin.advice-prioritisation-2':
    'Beoordeel kansen op klantimpact en bedrijfswaarde in één gedeeld, eenvoudig model.',
  'scan.builtin.advice-prioritisation-3': 'Maak het scoremodel de vaste route naar planning en budgetten.',
  'scan.builtin.advice-prioritisation-4':
    'Vergelijk het verwachte en het werkelijke effect van doorgevoerde verbeteringen om het model te kalibreren.',
  'scan.builtin.advice-prioritisation-5':
    'Herverdeel het journeyportfolio zodra de scores verschuiven, niet alleen eens per jaar.',
  'scan.builtin.dim-measurement': 'Meten',
  'scan.builtin.dim-measurement-description': 'Journeyscores en meetwaarden, en hoe ze samenhangen met resultaten.',
  'scan.builtin.advice-measurement-1':
    'Kies één succesmaatstaf voor één belangrijke journey en volg die vanaf nu elke maand.',
  'scan.builtin.advice-measurement-2':
    'Bepaal voor elke belangrijke journey een journeyscore, opgebouwd uit een paar meetwaarden aan het eind van de journey.',
  'scan.builtin.advice-measurement-3':
    'Koppel elke journeyscore aan een resultaat zoals klantbehoud, omzet of servicekosten.',
  'scan.builtin.advice-measurement-4':
    'Voeg signalen binnen de journey toe, zoals afhakers en herhaalcontacten, om problemen vroeg te zien.',
  'scan.builtin.advice-measurement-5':
    'Voorspel journeyresultaten en handel naar die voorspelling, niet alleen naar de vorige maand.',
  'scan.builtin.dim-ownership': 'Organisatie en eigenaarschap',
  'scan.builtin.dim-ownership-description': 'Wie eigenaar is van journeys, en hoe teams daaromheen samenwerken.',
  'scan.builtin.advice-ownership-1':
    'Wijs een eigenaar aan voor de journey die op dit moment het belangrijkst is voor klanten.',
  'scan.builtin.advice-ownership-2':
    'Geef journey-eigenaren een duidelijk mandaat, tijd in hun week en een overleg over teams heen.',
  'scan.builtin.advice-ownership-3':
    'Richt een klein journeymanagementteam in dat eigenaren ondersteunt met methoden en data.',
  'scan.builtin.advice-ownership-4':
    'Maak journeyresultaten onderdeel van hoe leidinggevenden en teams worden beoordeeld.',
  'scan.builtin.advice-ownership-5': 'Laat mensen rouleren door journeyrollen, zodat klantbegrip zich verspreidt.',
  'scan.builtin.dim-technology': 'Data en technologie',
  'scan.builtin.dim-technology-description': 'De klantdata en tools achter het journeywerk.',
  'scan.builtin.advice-technology-1': 'Breng in kaart waar klantdata nu staat en wie die kan inzien.',
  'scan.builtin.advice-technology-2':
    'Koppel feedback- en CRM-data, zodat elke reactie aan een klant en een journey gekoppeld is.',
  'scan.builtin.advice-technology-3':
    'Bouw één klantbeeld dat medewerkers in de frontlinie kunnen openen terwijl ze klanten helpen.',
  'scan.builtin.advice-technology-4':
    'Automatiseer journeydashboards, zodat de cijfers zonder handwerk worden bijgewerkt.',
  'scan.builtin.advice-technology-5':
    'Gebruik live journeydata om de volgende stap van elke klant op maat te maken.',

  'scan.builtin.q-insights-every-stage':
    'We verzamelen klantfeedback in elke fase van de levenscyclus, niet alleen na een aankoop of een supportvraag.',
  'scan.builtin.q-insights-linked':
    'Feedback en gedragsdata zijn gekoppeld aan de journeystap waar ze zijn ontstaan.',
  'scan.builtin.q-insights-personas': "Teams gebruiken persona's op basis van onderzoek wanneer ze beslissingen nemen.",
  'scan.builtin.q-insights-speed':
    'Inzichten bereiken binnen dagen, niet maanden, de mensen die er iets mee kunnen doen.',
  'scan.builtin.q-framework-standard':
    'We hebben één standaardmanier om journeys in de hele organisatie te definiëren en in kaart te brengen.',
  'scan.builtin.q-framework-hierarchy':
    'Onze journeys zijn geordend van de totale levenscyclus tot gedetailleerde stappen.',
  'scan.builtin.q-framework-shared': 'Teams gebruiken dezelfde methoden en tools voor journeywerk.',
  'scan.builtin.q-priorities-model': 'We beoordelen verbeterkansen met een afgesproken, objectief model.',
  'scan.builtin.q-priorities-both-sides':
    'Dat model weegt zowel de impact op klanten als de waarde voor het bedrijf.',
  'scan.builtin.q-priorities-budget': 'Journeyprioriteiten bepalen waar budget en mensen naartoe gaan.',
  'scan.builtin.q-measurement-metrics':
    'Elke belangrijke journey heeft succesmaatstaven die we door de tijd heen volgen.',
  'scan.builtin.q-measurement-outcomes':
    'Journeymeetwaarden zijn gekoppeld aan bedrijfsresultaten zoals klantbehoud, omzet of servicekosten.',
  'scan.builtin.q-measurement-signals':
    'We volgen signalen binnen de journey, zoals afhakers en herhaalcontacten, niet alleen enquêtes aan het eind van de journey.',
  'scan.builtin.q-measurement-impact':
    'We controleren of elke verbetering de meetwaarden van haar journey echt heeft veranderd.',
  'scan.builtin.q-ownership-owners':
    'Elke belangrijke journey heeft een benoemde eigenaar met het mandaat om die te veranderen.',
  'scan.builtin.q-ownership-roles': 'We hebben specifieke rollen of een team voor journeymanagement.',
  'scan.builtin.q-ownership-together': 'Afdelingen werken samen aan journeys in plaats van elk aan hun eigen deel.',
  'scan.builtin.q-technology-single-view': 'We hebben over alle kanalen heen één beeld van elke klant.',
  'scan.builtin.q-technology-integrated': 'Onze journey-, feedback- en analysetools zijn met elkaar verbonden.',
  'scan.builtin.q-technology-frontline':
    'Medewerkers in de frontlinie zien de recente journey van een klant terwijl ze die klant helpen.',

  'scan.builtin.level-1': 'Intuïtief',
  'scan.builtin.level-1-summary':
    'Beslissingen over de klantbeleving berusten op anekdotes en onderbuikgevoel. Journeywerk hangt af van een paar enthousiastelingen.',
  'scan.builtin.level-1-advice-1':
    'Kies één journey die zowel voor klanten als voor het bedrijf belangrijk is, en breng die in kaart met de mensen die haar uitvoeren.',
  'scan.builtin.level-1-advice-2': 'Begin op twee of drie momenten van die journey feedback te verzamelen.',
  'scan.builtin.level-1-advice-3': 'Maak één persoon verantwoordelijk voor het verbeteren ervan.',
  'scan.builtin.level-2': 'Versnipperd',
  'scan.builtin.level-2-summary':
    'Sommige teams brengen journeys in kaart en verzamelen feedback, elk op hun eigen manier, waardoor resultaten moeilijk te vergelijken of te combineren zijn.',
  'scan.builtin.level-2-advice-1':
    'Spreek één journeysjabloon en vocabulaire af en gebruik die voor elke nieuwe map.',
  'scan.builtin.level-2-advice-2':
    'Breng de bestaande maps, onderzoeken en meetwaarden samen op één gedeelde plek.',
  'scan.builtin.level-2-advice-3': 'Geef elke belangrijke journey een eigenaar.',
  'scan.builtin.level-3': 'Gecoördineerd',
  'scan.builtin.level-3-summary':
    'Teams werken samen rond klantfeedback en bewaren journeyinformatie op één plek, maar journeys sturen de grote beslissingen nog niet.',
  'scan.builtin.level-3-advice-1':
    'Rangschik verbeterideeën met een model dat klant- en bedrijfswaarde scoort.',
  'scan.builtin.level-3-advice-2':
    'Bepaal per belangrijke journey één journeyscore en rapporteer die elke maand.',
  'scan.builtin.level-3-advice-3': 'Koppel feedback en operationele data aan journeystappen.',
  'scan.builtin.level-4': 'Schaalbaar',
  'scan.builtin.level-4-summary':
    'Journeys worden bedrijfsbreed gemanaged met gedeelde methoden en tools, en ze sturen belangrijke bedrijfsbeslissingen.',
  'scan.builtin.level-4-advice-1':
    'Koppel journeyscores aan financiële resultaten, zodat investeringsvoorstellen uit de data volgen.',
  'scan.builtin.level-4-advice-2':
    'Automatiseer datastromen, zodat journeymeetwaarden zonder handwerk actueel blijven.',
  'scan.builtin.level-4-advice-3': 'Gebruik vroege signalen om in te grijpen voordat klanten vastlopen.',
  'scan.builtin.level-5': 'Excellent',
  'scan.builtin.level-5-summary':
    'Iedereen begrijpt de klantbeleving diepgaand, en de organisatie ziet behoeften aankomen voordat ze ontstaan.',
  'scan.builtin.level-5-advice-1': 'Blijf nieuwe journeyideeën met klanten testen; de lat komt steeds hoger te liggen.',
  'scan.builtin.level-5-advice-2': 'Deel je aanpak met partners en de rest van de organisatie.',
  'scan.builtin.level-5-advice-3': 'Herzie het hele journeyportfolio wanneer klanten en markten veranderen.',
};
