import type { TemplateMap } from '@lit/localize';
import { html } from 'lit';
import { str } from '../../localize.js';

export const scoreGauge: TemplateMap = {
  // <wm-score-gauge>
  'gauge.loading': 'Meetwaarde laden…',
  'gauge.empty': 'Nog geen reacties, dus er is nog geen score om te tonen.',
  'gauge.no-metric':
    'Geef met het attribuut metric aan welke meetwaarde je wilt tonen, of met kind en value een meetwaarde direct in het element.',
  'gauge.unreadable': str`Deze meetwaarde kan niet worden getoond: ${0}`,
  'gauge.kind.nps': 'Net Promoter Score',
  'gauge.kind.csat': 'Klanttevredenheid',
  'gauge.kind.ces': 'Customer Effort Score',
  'gauge.kind.health': 'Klantgezondheid',
  'gauge.kind.score': 'Score',
  'gauge.named.nps': str`NPS ${0}`,
  'gauge.named.csat': str`CSAT ${0}`,
  'gauge.named.ces': str`CES ${0}`,
  'gauge.named.health': str`Healthscore ${0}`,
  'gauge.band.nps.critical': 'Veel criticasters',
  'gauge.band.nps.warning': 'Gemengd',
  'gauge.band.nps.good': 'Sterk',
  'gauge.band.csat.critical': 'Lage tevredenheid',
  'gauge.band.csat.warning': 'Redelijk',
  'gauge.band.csat.good': 'Hoge tevredenheid',
  'gauge.band.ces.critical': 'Moeizaam',
  'gauge.band.ces.warning': 'Enige moeite',
  'gauge.band.ces.good': 'Makkelijk',
  'gauge.band.health.critical': 'Risico',
  'gauge.band.health.warning': 'Aandacht nodig',
  'gauge.band.health.good': 'Gezond',
  'gauge.band.score.critical': 'Zwak',
  'gauge.band.score.warning': 'Redelijk',
  'gauge.band.score.good': 'Goed',
  'gauge.tone.critical': 'Kritiek',
  'gauge.tone.warning': 'Aandacht nodig',
  'gauge.tone.good': 'Goed',
  'gauge.tone.neutral': 'Neutraal',
  'gauge.change.up': str`met ${0} gestegen sinds de vorige periode`,
  'gauge.change.down': str`met ${0} gedaald sinds de vorige periode`,
  'gauge.change.up-points.one': str`met ${0} procentpunt gestegen sinds de vorige periode`,
  'gauge.change.up-points.other': str`met ${0} procentpunten gestegen sinds de vorige periode`,
  'gauge.change.down-points.one': str`met ${0} procentpunt gedaald sinds de vorige periode`,
  'gauge.change.down-points.other': str`met ${0} procentpunten gedaald sinds de vorige periode`,
  'gauge.change.flat': 'onveranderd sinds de vorige periode',
  'gauge.target': html`Doel <bdi>${0}</bdi>`,
  'gauge.sample': html`n = <bdi>${0}</bdi>`,
  'gauge.low-sample': str`Kleine steekproef: minder dan ${0} reacties`,
  'gauge.explain.summary': 'Hoe wordt dit berekend?',
  'gauge.explain.nps':
    'Het percentage promoters (die 9 of 10 antwoorden op ‘Hoe waarschijnlijk is het dat je ons aanbeveelt?’) min het percentage criticasters (0 tot en met 6). De score loopt van −100 tot +100.',
  'gauge.explain.csat':
    'Het percentage klanten dat hun tevredenheid een 4 of 5 gaf op een schaal van 1 tot en met 5.',
  'gauge.explain.ces':
    'Het gemiddelde antwoord, van 1 (helemaal mee oneens) tot 7 (helemaal mee eens), op de stelling ‘Het bedrijf maakte het me makkelijk om mijn vraag af te handelen’. Hoger betekent minder moeite.',
  'gauge.explain.health':
    'Een gewogen gemiddelde van signalen over gebruik, support, sentiment en betalingen, elk gescoord van 0 tot 100. Onder 40 is er risico; vanaf 70 is de klant gezond.',
  'gauge.explain.score':
    'Een gewogen gemiddelde van de uitkomstmetingen van deze journey, elk omgerekend naar een schaal van 0 tot 100, zodat klantdoelen en bedrijfsresultaten samen één getal vormen.',
  'gauge.trend.summary': str`Verloop over ${0} perioden: van ${1} naar ${2}`,
  'gauge.trend.caption': str`Verloop van ${0}`,
  'gauge.trend.date': 'Datum',
  'gauge.trend.value': 'Waarde',

  // <wm-journey-score>
  'journey.loading': 'Journeyscore laden…',
  'journey.empty': 'Deze journey heeft nog geen scoreonderdelen.',
  'journey.uncomputable': str`De journeyscore kan niet worden berekend: ${0}.`,
  'journey.label': str`${0}: score voor journeysucces`,
  'journey.valuetext': str`${0} van 100, ${1}`,
  'journey.components': 'Scoreonderdelen',
  'journey.worst.one': html`Grootste achterstand: <strong>${0}</strong> scoort <bdi>${1}</bdi> van 100 bij <bdi>${2}</bdi> van het gewicht en kost <bdi>${3}</bdi> punt.`,
  'journey.worst.other': html`Grootste achterstand: <strong>${0}</strong> scoort <bdi>${1}</bdi> van 100 bij <bdi>${2}</bdi> van het gewicht en kost <bdi>${3}</bdi> punten.`,
  'journey.part.one': html`<bdi>${0}</bdi> van 100 · gewicht <bdi>${1}</bdi> · levert <bdi>${2}</bdi> punt op`,
  'journey.part.other': html`<bdi>${0}</bdi> van 100 · gewicht <bdi>${1}</bdi> · levert <bdi>${2}</bdi> punten op`,
};
