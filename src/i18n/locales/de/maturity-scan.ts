import type { TemplateMap } from '@lit/localize';
import { str } from '../../localize.js';

export const maturityScan: TemplateMap = {
  // The element's own words.
  'scan.loading': 'Scan wird geladen…',
  'scan.empty': 'Dieser Scan hat noch keine Fragen.',
  'scan.autosave.one': 'Ihre Antworten werden beim Ausfüllen 1 Tag lang auf diesem Gerät gespeichert.',
  'scan.autosave.other': str`Ihre Antworten werden beim Ausfüllen ${0} Tage lang auf diesem Gerät gespeichert.`,
  'scan.autosave.session': 'Ihre Antworten werden beim Ausfüllen nur in diesem Tab gespeichert, bis Sie ihn schließen.',
  'scan.autosave.off': 'Ihre Antworten werden nicht gespeichert: Wenn Sie die Seite verlassen oder neu laden, gehen sie verloren.',
  'scan.restored.one': 'Willkommen zurück: Ihre Antwort wurde wiederhergestellt.',
  'scan.restored.other': str`Willkommen zurück: Ihre ${0} Antworten wurden wiederhergestellt.`,
  'scan.progress': str`${0} von ${1} beantwortet`,
  'scan.progress-label': 'Beantwortete Fragen',
  'scan.step': str`Teil ${0} von ${1}`,
  'scan.not-applicable': 'Nicht zutreffend',
  'scan.choose-answer': 'Bitte wählen Sie eine Antwort.',
  'scan.missing.one': '1 Frage ist noch nicht beantwortet:',
  'scan.missing.other': str`${0} Fragen sind noch nicht beantwortet:`,
  'scan.missing.none-answered': 'Beantworten Sie mindestens eine Frage, um Ihr Ergebnis zu sehen.',
  'scan.missing.question': str`Frage ${0}`,
  'scan.missing.more': str`und ${0} weitere.`,
  'scan.validity.one': '1 Frage ist noch nicht beantwortet.',
  'scan.validity.other': str`${0} Fragen sind noch nicht beantwortet.`,
  'scan.validity.not-loaded': 'Der Scan ist noch nicht geladen.',
  'scan.back': 'Zurück',
  'scan.next': 'Weiter',
  'scan.finish': 'Mein Ergebnis anzeigen',
  'scan.result.title': 'Ihr Ergebnis',
  'scan.result.level-of': str`Stufe ${0} von ${1}:`,
  'scan.result.score': str`Gesamtpunktzahl ${0} von 100`,
  'scan.result.partial': str`Basierend auf ${0} von ${1} Fragen; die übrigen wurden nicht beantwortet oder treffen nicht zu.`,
  'scan.result.dimension-line': str`${0}: ${1} von 100, Stufe ${2} (${3})`,
  'scan.result.strengths': 'Stärken',
  'scan.result.gaps': 'Lücken',
  'scan.result.where-to-start': 'Erste Schritte',
  'scan.result.across': 'In der gesamten Organisation',
  'scan.level-fallback': str`Stufe ${0}`,
  'scan.score-of-100': str`${0} von 100`,
  'scan.chart.series': 'Punktzahl',
  'scan.table.caption': 'Punktzahl nach Dimension',
  'scan.table.dimension': 'Dimension',
  'scan.table.score': 'Punktzahl',
  'scan.table.level': 'Stufe',
  'scan.save.saving': 'Ihre Antworten werden gespeichert…',
  'scan.save.saved': 'Ihre Antworten sind gespeichert.',
  'scan.save.local': 'Ihre Antworten sind auf diesem Gerät gespeichert.',
  'scan.save.offline':
    'Sie sind offline. Ihre Antworten werden gesendet, sobald die Verbindung wieder besteht. Bis dahin bleiben sie auf diesem Gerät gespeichert.',
  'scan.save.retrying': str`Der Server ist nicht erreichbar; wir versuchen es in ${0} erneut. Bis dahin bleiben Ihre Antworten auf diesem Gerät gespeichert.`,
  'scan.save.refused':
    'Ihre Antworten konnten nicht gespeichert werden: Dieser Browser erlaubt nicht, sie auf diesem Gerät aufzubewahren.',
  'scan.save.failed': str`Ihre Antworten konnten nicht gespeichert werden: ${0} Die Antworten bleiben auf diesem Gerät erhalten.`,
  'scan.save.try-again': 'Erneut versuchen',
  'scan.save.try-now': 'Jetzt versuchen',
  'scan.restart': 'Neu beginnen',
  'scan.result.download': 'Ergebnisse herunterladen',

  // The built-in journey-management scan.
  'scan.builtin.title': 'Reifegrad-Scan Journey Management',
  'scan.builtin.intro':
    'Zwanzig Aussagen, etwa drei Minuten. Geben Sie bei jeder an, wie gut sie Ihre Organisation heute beschreibt. Es gibt keine richtigen oder falschen Antworten: Ein ehrliches Bild ergibt die hilfreichsten Empfehlungen.',
  'scan.builtin.scale-1': 'Stimme überhaupt nicht zu',
  'scan.builtin.scale-2': 'Stimme nicht zu',
  'scan.builtin.scale-3': 'Neutral',
  'scan.builtin.scale-4': 'Stimme zu',
  'scan.builtin.scale-5': 'Stimme voll und ganz zu',

  'scan.builtin.dim-insights': 'Kundenverständnis',
  'scan.builtin.dim-insights-description': 'Wie Sie erfahren, was Kunden in jeder Phase ihrer Journey erleben.',
  'scan.builtin.advice-insights-1':
    'Bitten Sie Kunden nicht nur nach Kauf und Support um Feedback, sondern auch in einigen weiteren Momenten wie Onboarding und Vertragsverlängerung.',
  'scan.builtin.advice-insights-2':
    'Ordnen Sie jedes Feedback der Journey und dem Schritt zu, um die es geht, damit es sich vergleichen lässt.',
  'scan.builtin.advice-insights-3': 'Entwickeln Sie Personas auf Basis von Forschung und prüfen Sie wichtige Entscheidungen an ihnen.',
  'scan.builtin.advice-insights-4':
    'Kombinieren Sie Feedback mit Verhaltensdaten, um Reibungspunkte zu erkennen, bevor Kunden sich beschweren.',
  'scan.builtin.advice-insights-5':
    'Leiten Sie Erkenntnisse sofort an die Teams weiter, die dem jeweiligen Journey-Schritt am nächsten sind.',
  'scan.builtin.dim-framework': 'Journey-Framework',
  'scan.builtin.dim-framework-description': 'Eine gemeinsame Art, Journeys zu beschreiben, abzubilden und zu steuern.',
  'scan.builtin.advice-framework-1':
    'Halten Sie die Lebenszyklusphasen Ihrer Kunden schriftlich fest – in deren Worten, nicht in denen Ihrer Abteilungen.',
  'scan.builtin.advice-framework-2':
    'Einigen Sie sich auf eine Vorlage und ein Vokabular für Journey Maps und verabschieden Sie alle anderen.',
  'scan.builtin.advice-framework-3': 'Ordnen Sie Journeys hierarchisch, von den Lebenszyklusphasen bis zu den einzelnen Schritten.',
  'scan.builtin.advice-framework-4':
    'Überprüfen Sie die Maps in festen Abständen, damit das Framework abbildet, was Kunden tatsächlich erleben.',
  'scan.builtin.advice-framework-5':
    'Öffnen Sie das Framework für Partner, damit gemeinsame Journeys durchgängig gesteuert werden.',
  'scan.builtin.dim-prioritisation': 'Priorisierung',
  'scan.builtin.dim-prioritisation-description': 'Wie Sie entscheiden, welche Verbesserungen an Journeys zuerst kommen.',
  'scan.builtin.advice-prioritisation-1':
    'Listen Sie die bekannten Pain Points einer Journey auf und schätzen Sie, wie viele Kunden jeweils betroffen sind.',
  'scan.builtin.advice-prioritisation-2':
    'Bewerten Sie Chancen nach Kundenwirkung und Geschäftswert in einem gemeinsamen, einfachen Modell.',
  'scan.builtin.advice-prioritisation-3': 'Machen Sie das Bewertungsmodell zum üblichen Weg in Planung und Budgets.',
  'scan.builtin.advice-prioritisation-4':
    'Vergleichen Sie die erwartete mit der tatsächlichen Wirkung umgesetzter Verbesserungen, um das Modell zu kalibrieren.',
  'scan.builtin.advice-prioritisation-5':
    'Gewichten Sie das Journey-Portfolio neu, sobald sich die Bewertungen ändern, nicht nur einmal im Jahr.',
  'scan.builtin.dim-measurement': 'Messung',
  'scan.builtin.dim-measurement-description': 'Journey-Scores und Kennzahlen und wie sie mit Geschäftsergebnissen zusammenhängen.',
  'scan.builtin.advice-measurement-1':
    'Wählen Sie eine Erfolgskennzahl für eine wichtige Journey und erfassen Sie sie ab jetzt monatlich.',
  'scan.builtin.advice-measurement-2':
    'Legen Sie für jede wichtige Journey einen Erfolgsscore aus einigen Kennzahlen am Ende der Journey fest.',
  'scan.builtin.advice-measurement-3':
    'Verknüpfen Sie jeden Journey-Score mit einem Geschäftsergebnis wie Kundenbindung, Umsatz oder Servicekosten.',
  'scan.builtin.advice-measurement-4':
    'Ergänzen Sie Signale innerhalb der Journey wie Abbrüche und wiederholte Kontakte, um Probleme früh zu erkennen.',
  'scan.builtin.advice-measurement-5':
    'Prognostizieren Sie Journey-Ergebnisse und handeln Sie nach der Prognose, nicht nur nach dem letzten Monat.',
  'scan.builtin.dim-ownership': 'Organisation und Verantwortung',
  'scan.builtin.dim-ownership-description': 'Wer für Journeys verantwortlich ist und wie Teams rund um sie zusammenarbeiten.',
  'scan.builtin.advice-ownership-1':
    'Benennen Sie eine verantwortliche Person für die Journey, die Kunden gerade am wichtigsten ist.',
  'scan.builtin.advice-ownership-2':
    'Geben Sie Journey-Verantwortlichen ein klares Mandat, feste Zeit in ihrer Woche und ein teamübergreifendes Forum.',
  'scan.builtin.advice-ownership-3':
    'Bauen Sie ein kleines Journey-Management-Team auf, das die Verantwortlichen mit Methoden und Daten unterstützt.',
  'scan.builtin.advice-ownership-4':
    'Machen Sie Journey-Ergebnisse zum Teil der Leistungsbewertung von Führungskräften und Teams.',
  'scan.builtin.advice-ownership-5':
    'Lassen Sie Mitarbeitende durch Journey-Rollen rotieren, damit sich das Kundenverständnis verbreitet.',
  'scan.builtin.dim-technology': 'Daten und Technologie',
  'scan.builtin.dim-technology-description': 'Die Kundendaten und Werkzeuge hinter der Journey-Arbeit.',
  'scan.builtin.advice-technology-1': 'Erfassen Sie, wo Kundendaten heute liegen und wer sie einsehen kann.',
  'scan.builtin.advice-technology-2':
    'Verbinden Sie Feedback- und CRM-Daten, sodass jede Rückmeldung einem Kunden und einer Journey zugeordnet ist.',
  'scan.builtin.advice-technology-3':
    'Schaffen Sie eine einheitliche Kundensicht, die Mitarbeitende im Kundenkontakt während der Betreuung öffnen können.',
  'scan.builtin.advice-technology-4':
    'Automatisieren Sie Journey-Dashboards, damit sich die Zahlen ohne Handarbeit aktualisieren.',
  'scan.builtin.advice-technology-5':
    'Nutzen Sie Live-Daten der Journey, um den nächsten Schritt jedes Kunden individuell zu gestalten.',

  'scan.builtin.q-insights-every-stage':
    'Wir erheben Kundenfeedback in jeder Phase des Lebenszyklus, nicht nur nach einem Kauf oder einem Supportfall.',
  'scan.builtin.q-insights-linked':
    'Feedback und Verhaltensdaten sind mit dem Journey-Schritt verknüpft, in dem sie entstanden sind.',
  'scan.builtin.q-insights-personas': 'Teams nutzen forschungsbasierte Personas, wenn sie Entscheidungen treffen.',
  'scan.builtin.q-insights-speed':
    'Erkenntnisse erreichen die Menschen, die danach handeln können, innerhalb von Tagen, nicht Monaten.',
  'scan.builtin.q-framework-standard':
    'Wir haben eine einheitliche Methode, um Journeys in der ganzen Organisation zu definieren und abzubilden.',
  'scan.builtin.q-framework-hierarchy':
    'Unsere Journeys sind vom gesamten Lebenszyklus bis hin zu einzelnen Schritten gegliedert.',
  'scan.builtin.q-framework-shared': 'Teams nutzen für die Journey-Arbeit dieselben Methoden und Werkzeuge.',
  'scan.builtin.q-priorities-model': 'Wir bewerten Verbesserungschancen mit einem vereinbarten, objektiven Modell.',
  'scan.builtin.q-priorities-both-sides':
    'Dieses Modell berücksichtigt sowohl die Wirkung auf Kunden als auch den Nutzen für das Unternehmen.',
  'scan.builtin.q-priorities-budget': 'Journey-Prioritäten entscheiden, wohin Budget und Personal fließen.',
  'scan.builtin.q-measurement-metrics': 'Jede wichtige Journey hat Erfolgskennzahlen, die wir im Zeitverlauf verfolgen.',
  'scan.builtin.q-measurement-outcomes':
    'Journey-Kennzahlen sind mit Geschäftsergebnissen wie Kundenbindung, Umsatz oder Servicekosten verknüpft.',
  'scan.builtin.q-measurement-signals':
    'Wir beobachten Signale innerhalb der Journey wie Abbrüche und wiederholte Kontakte, nicht nur Umfragen am Ende der Journey.',
  'scan.builtin.q-measurement-impact':
    'Wir prüfen, ob jede Verbesserung die Kennzahlen ihrer Journey tatsächlich verändert hat.',
  'scan.builtin.q-ownership-owners':
    'Jede wichtige Journey hat eine benannte verantwortliche Person mit dem Mandat, sie zu verändern.',
  'scan.builtin.q-ownership-roles': 'Wir haben eigene Rollen oder ein eigenes Team für Journey Management.',
  'scan.builtin.q-ownership-together': 'Abteilungen arbeiten gemeinsam an Journeys, statt jede nur an ihrem eigenen Teil.',
  'scan.builtin.q-technology-single-view': 'Wir haben über alle Kanäle hinweg eine einheitliche Sicht auf jeden Kunden.',
  'scan.builtin.q-technology-integrated': 'Unsere Journey-, Feedback- und Analysewerkzeuge sind miteinander verbunden.',
  'scan.builtin.q-technology-frontline':
    'Mitarbeitende im Kundenkontakt sehen die jüngste Journey eines Kunden, während sie ihn betreuen.',

  'scan.builtin.level-1': 'Intuitionsgetrieben',
  'scan.builtin.level-1-summary':
    'Entscheidungen über das Kundenerlebnis beruhen auf Anekdoten und Bauchgefühl. Die Journey-Arbeit hängt an wenigen Enthusiasten.',
  'scan.builtin.level-1-advice-1':
    'Wählen Sie eine Journey, die für Kunden und Unternehmen gleichermaßen wichtig ist, und bilden Sie sie mit den Menschen ab, die sie betreiben.',
  'scan.builtin.level-1-advice-2': 'Beginnen Sie, an zwei oder drei Momenten dieser Journey Feedback zu sammeln.',
  'scan.builtin.level-1-advice-3': 'Machen Sie eine Person dafür verantwortlich, sie zu verbessern.',
  'scan.builtin.level-2': 'Fragmentiert',
  'scan.builtin.level-2-summary':
    'Einige Teams bilden Journeys ab und sammeln Feedback, jedes auf seine Weise, sodass sich die Ergebnisse schwer vergleichen oder zusammenführen lassen.',
  'scan.builtin.level-2-advice-1':
    'Einigen Sie sich auf eine Journey-Vorlage und ein Vokabular und nutzen Sie sie für jede neue Map.',
  'scan.builtin.level-2-advice-2':
    'Führen Sie die vorhandenen Maps, Studien und Kennzahlen an einem gemeinsamen Ort zusammen.',
  'scan.builtin.level-2-advice-3': 'Geben Sie jeder wichtigen Journey eine verantwortliche Person.',
  'scan.builtin.level-3': 'Koordiniert',
  'scan.builtin.level-3-summary':
    'Teams arbeiten rund um Kundenfeedback zusammen und halten Journey-Informationen an einem Ort, doch Journeys steuern noch nicht die großen Entscheidungen.',
  'scan.builtin.level-3-advice-1':
    'Priorisieren Sie Verbesserungsideen mit einem Modell, das Kunden- und Geschäftswert bewertet.',
  'scan.builtin.level-3-advice-2':
    'Legen Sie für jede wichtige Journey einen Erfolgsscore fest und berichten Sie ihn jeden Monat.',
  'scan.builtin.level-3-advice-3': 'Verknüpfen Sie Feedback- und Betriebsdaten mit den Schritten der Journey.',
  'scan.builtin.level-4': 'Skalierbar',
  'scan.builtin.level-4-summary':
    'Journeys werden unternehmensweit mit gemeinsamen Methoden und Werkzeugen gesteuert und prägen wichtige Geschäftsentscheidungen.',
  'scan.builtin.level-4-advice-1':
    'Verknüpfen Sie Journey-Scores mit finanziellen Ergebnissen, sodass sich Investitionsentscheidungen aus den Daten ergeben.',
  'scan.builtin.level-4-advice-2':
    'Automatisieren Sie Datenflüsse, damit Journey-Kennzahlen ohne Handarbeit aktuell bleiben.',
  'scan.builtin.level-4-advice-3': 'Nutzen Sie Frühsignale, um zu handeln, bevor Kunden Schwierigkeiten bekommen.',
  'scan.builtin.level-5': 'Exzellenz',
  'scan.builtin.level-5-summary':
    'Alle verstehen das Kundenerlebnis genau, und die Organisation erkennt Bedürfnisse, bevor sie entstehen.',
  'scan.builtin.level-5-advice-1': 'Testen Sie weiter neue Journey-Ideen mit Kunden; die Messlatte steigt ständig.',
  'scan.builtin.level-5-advice-2': 'Teilen Sie Ihre Praxis mit Partnern und der gesamten Organisation.',
  'scan.builtin.level-5-advice-3':
    'Überprüfen Sie das gesamte Journey-Portfolio, wenn sich Kunden und Märkte verändern.',
};
