import type { TemplateMap } from '@lit/localize';
import { str } from '../../localize.js';

export const common: TemplateMap = {
  'data.journey': 'journey',
  'data.metric': 'meetwaarde',
  'data.scan': 'scan',
  'data.touchpoints': 'touchpoints',
  'state.network': str`De gegevens (${0}) konden niet worden geladen.`,
  'state.timeout': str`Het laden van de gegevens (${0}) duurde te lang.`,
  'state.not-found': str`De gegevens (${0}) zijn niet gevonden.`,
  'state.invalid-data': str`De gegevens (${0}) bevatten een fout en kunnen niet worden getoond.`,
  'state.unsupported': str`Deze gegevensbron levert dit soort gegevens (${0}) niet.`,
  'state.no-source': 'Geen gegevensbron: stel data, adapter, src of source in.',
  'state.retry': 'Opnieuw proberen',
  'state.stale': str`Opgeslagen gegevens van ${0}:`,
  'export.download': 'Downloaden',
  'export.download-image': 'Afbeelding downloaden',
  'export.download-csv': 'CSV downloaden',
};
