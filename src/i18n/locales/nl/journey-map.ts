import type { TemplateMap } from '@lit/localize';
import { str } from '../../localize.js';

export const journeyMap: TemplateMap = {
  'map.loading': 'Journey map laden…',
  'map.empty': 'Deze journey map heeft nog geen banen.',
  'data.journey-map': 'journey map',
  'map.no-lanes': 'Geen van de gekozen banen staat in deze map.',
  'map.persona': 'Persona:',
  'map.region': str`${0}: journey map`,
  'map.lane': 'Baan',
  'map.tone.pain': 'Pijnpunt',
  'map.tone.gain': 'Winst',
  'map.tone.idea': 'Idee',
  'map.tone.neutral': 'Notitie',
  'map.mood.very-negative': 'zeer negatief',
  'map.mood.negative': 'negatief',
  'map.mood.neutral': 'neutraal',
  'map.mood.positive': 'positief',
  'map.mood.very-positive': 'zeer positief',
  'map.emotion.point': str`${0} (${1} van ±${2})`,
  'map.emotion.none': 'geen waarde',
  'map.funnel.reached': str`${0} bereikt`,
  'map.funnel.grows': 'iedereen gaat door, niemand haakt af',
  'map.funnel.flow': str`${0} gaat door, ${1} haakt af`,
  'map.funnel.biggest': 'Grootste uitval',
  'map.cell.empty': 'Geen invoer',
};
