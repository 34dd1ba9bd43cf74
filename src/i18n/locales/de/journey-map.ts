import type { TemplateMap } from '@lit/localize';
import { str } from '../../localize.js';

export const journeyMap: TemplateMap = {
  'map.loading': 'Journey Map wird geladen…',
  'map.empty': 'Diese Journey Map hat noch keine Bahnen.',
  'data.journey-map': 'Journey Map',
  'map.no-lanes': 'Keine der gewählten Bahnen ist in dieser Map.',
  'map.persona': 'Persona:',
  'map.region': str`${0}: Journey Map`,
  'map.lane': 'Bahn',
  'map.tone.pain': 'Schmerzpunkt',
  'map.tone.gain': 'Gewinn',
  'map.tone.idea': 'Idee',
  'map.tone.neutral': 'Notiz',
  'map.mood.very-negative': 'sehr negativ',
  'map.mood.negative': 'negativ',
  'map.mood.neutral': 'neutral',
  'map.mood.positive': 'positiv',
  'map.mood.very-positive': 'sehr positiv',
  'map.emotion.point': str`${0} (${1} von ±${2})`,
  'map.emotion.none': 'kein Wert',
  'map.funnel.reached': str`${0} erreicht`,
  'map.funnel.grows': 'alle machen weiter, niemand springt ab',
  'map.funnel.flow': str`${0} machen weiter, ${1} springen ab`,
  'map.funnel.biggest': 'Größter Absprung',
  'map.cell.empty': 'Kein Eintrag',
};
