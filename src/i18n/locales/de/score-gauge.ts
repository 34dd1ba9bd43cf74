import type { TemplateMap } from '@lit/localize';
import { html } from 'lit';
import { str } from '../../localize.js';

export const scoreGauge: TemplateMap = {
  // <wm-score-gauge>
  'gauge.loading': 'Kennzahl wird geladen…',
  'gauge.empty': 'Noch keine Antworten, daher gibt es noch keinen Wert.',
  'gauge.no-metric':
    'Geben Sie mit dem Attribut metric an, welche Kennzahl angezeigt werden soll, oder mit kind und value eine Kennzahl direkt im Element.',
  'gauge.unreadable': str`Diese Kennzahl kann nicht angezeigt werden: ${0}`,
  'gauge.kind.nps': 'Net Promoter Score',
  'gauge.kind.csat': 'Kundenzufriedenheit',
  'gauge.kind.ces': 'Customer Effort Score',
  'gauge.kind.health': 'Kundengesundheit',
  'gauge.kind.score': 'Score',
  'gauge.named.nps': str`NPS ${0}`,
  'gauge.named.csat': str`CSAT ${0}`,
  'gauge.named.ces': str`CES ${0}`,
  'gauge.named.health': str`Health-Score ${0}`,
  'gauge.band.nps.critical': 'Überwiegend Kritiker',
  'gauge.band.nps.warning': 'Gemischt',
  'gauge.band.nps.good': 'Stark',
  'gauge.band.csat.critical': 'Geringe Zufriedenheit',
  'gauge.band.csat.warning': 'Mittel',
  'gauge.band.csat.good': 'Hohe Zufriedenheit',
  'gauge.band.ces.critical': 'Mühsam',
  'gauge.band.ces.warning': 'Etwas Aufwand',
  'gauge.band.ces.good': 'Einfach',
  'gauge.band.health.critical': 'Gefährdet',
  'gauge.band.health.warning': 'Aufmerksamkeit nötig',
  'gauge.band.health.good': 'Gesund',
  'gauge.band.score.critical': 'Schwach',
  'gauge.band.score.warning': 'Mittel',
  'gauge.band.score.good': 'Gut',
  'gauge.tone.critical': 'Kritisch',
  'gauge.tone.warning': 'Aufmerksamkeit nötig',
  'gauge.tone.good': 'Gut',
  'gauge.tone.neutral': 'Neutral',
  'gauge.change.up': str`seit dem letzten Zeitraum um ${0} gestiegen`,
  'gauge.change.down': str`seit dem letzten Zeitraum um ${0} gesunken`,
  'gauge.change.up-points.one': str`seit dem letzten Zeitraum um ${0} Prozentpunkt gestiegen`,
  'gauge.change.up-points.other': str`seit dem letzten Zeitraum um ${0} Prozentpunkte gestiegen`,
  'gauge.change.down-points.one': str`seit dem letzten Zeitraum um ${0} Prozentpunkt gesunken`,
  'gauge.change.down-points.other': str`seit dem letzten Zeitraum um ${0} Prozentpunkte gesunken`,
  'gauge.change.flat': 'unverändert seit dem letzten Zeitraum',
  'gauge.target': html`Ziel <bdi>${0}</bdi>`,
  'gauge.sample': html`n = <bdi>${0}</bdi>`,
  'gauge.low-sample': str`Kleine Stichprobe: weniger als ${0} Antworten`,
  'gauge.explain.summary': 'Wie wird das berechnet?',
  'gauge.explain.nps':
    'Der Anteil der Promotoren (die die Frage „Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?“ mit 9 oder 10 beantworten) abzüglich des Anteils der Kritiker (0 bis 6). Der Wert reicht von −100 bis +100.',
  'gauge.explain.csat':
    'Der Anteil der Kunden, die ihre Zufriedenheit auf einer Skala von 1 bis 5 mit 4 oder 5 bewertet haben.',
  'gauge.explain.ces':
    'Die durchschnittliche Antwort von 1 (stimme überhaupt nicht zu) bis 7 (stimme voll und ganz zu) auf die Aussage „Das Unternehmen hat es mir leicht gemacht, mein Anliegen zu erledigen“. Höher bedeutet weniger Aufwand.',
  'gauge.explain.health':
    'Ein gewichteter Durchschnitt aus Signalen zu Nutzung, Support, Stimmung und Zahlungen, jeweils von 0 bis 100 bewertet. Unter 40 gilt als gefährdet, ab 70 als gesund.',
  'gauge.explain.score':
    'Ein gewichteter Durchschnitt der Ergebniskennzahlen dieser Journey, jeweils auf eine Skala von 0 bis 100 gebracht, sodass Kundenziele und Geschäftsergebnisse eine einzige Zahl ergeben.',
  'gauge.trend.summary': str`Verlauf über ${0} Zeiträume: von ${1} auf ${2}`,
  'gauge.trend.caption': str`Verlauf von ${0}`,
  'gauge.trend.date': 'Datum',
  'gauge.trend.value': 'Wert',

  // <wm-journey-score>
  'journey.loading': 'Journey-Score wird geladen…',
  'journey.empty': 'Diese Journey hat noch keine Score-Bestandteile.',
  'journey.uncomputable': str`Der Journey-Score kann nicht berechnet werden: ${0}.`,
  'journey.label': str`${0}: Erfolgsscore der Journey`,
  'journey.valuetext': str`${0} von 100, ${1}`,
  'journey.components': 'Score-Bestandteile',
  'journey.worst.one': html`Größte Lücke: <strong>${0}</strong> erreicht <bdi>${1}</bdi> von 100 bei <bdi>${2}</bdi> Gewichtung und kostet <bdi>${3}</bdi> Punkt.`,
  'journey.worst.other': html`Größte Lücke: <strong>${0}</strong> erreicht <bdi>${1}</bdi> von 100 bei <bdi>${2}</bdi> Gewichtung und kostet <bdi>${3}</bdi> Punkte.`,
  'journey.part.one': html`<bdi>${0}</bdi> von 100 · Gewichtung <bdi>${1}</bdi> · trägt <bdi>${2}</bdi> Punkt bei`,
  'journey.part.other': html`<bdi>${0}</bdi> von 100 · Gewichtung <bdi>${1}</bdi> · trägt <bdi>${2}</bdi> Punkte bei`,
};
