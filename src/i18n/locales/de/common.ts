import type { TemplateMap } from '@lit/localize';
import { str } from '../../localize.js';

export const common: TemplateMap = {
  'data.journey': 'Journey',
  'data.metric': 'Kennzahl',
  'data.scan': 'Scan',
  'data.touchpoints': 'Touchpoints',
  'state.network': str`Die Daten (${0}) konnten nicht geladen werden.`,
  'state.timeout': str`Das Laden der Daten (${0}) hat zu lange gedauert.`,
  'state.not-found': str`Die Daten (${0}) wurden nicht gefunden.`,
  'state.invalid-data': str`Die Daten (${0}) sind fehlerhaft und können nicht angezeigt werden.`,
  'state.unsupported': str`Diese Datenquelle liefert keine Daten dieser Art (${0}).`,
  'state.no-source': 'Keine Datenquelle: Setzen Sie data, adapter, src oder source.',
  'state.retry': 'Erneut versuchen',
  'state.stale': str`Gespeicherte Daten von ${0}:`,
  'export.download': 'Herunterladen',
  'export.download-image': 'Bild herunterladen',
  'export.download-csv': 'CSV herunterladen',
};
