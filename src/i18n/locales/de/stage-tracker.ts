import type { TemplateMap } from '@lit/localize';
import { str } from '../../localize.js';

export const stageTracker: TemplateMap = {
  'tracker.status.done': 'Erledigt',
  'tracker.status.current': 'In Arbeit',
  'tracker.status.upcoming': 'Nicht begonnen',
  'tracker.status.blocked': 'Blockiert',
  'tracker.status.skipped': 'Übersprungen',
  'tracker.loading': 'Journey wird geladen…',
  'tracker.empty': 'Diese Journey hat noch keine Phasen.',
  'tracker.summary.current': str`Phase ${0} von ${1}: ${2}`,
  'tracker.summary.done': str`${0} von ${1} Phasen erledigt`,
  'tracker.stages-label': str`Phasen: ${0}`,
  'tracker.next-step': 'Nächster Schritt:',
  'tracker.at-risk': str`Gefährdet: ${0} über dem Zeitfenster`,
  'tracker.progress-label': str`Fortschritt: ${0}`,
  'tracker.progress-value': str`${0} abgeschlossen`,
  'tracker.window-from': str`Zeitfenster ab Tag ${0}`,
  'tracker.window': str`Zeitfenster Tag ${0}–${1}`,
  'tracker.took': str`Dauer: ${0}`,
  'tracker.in-stage': str`${0} in dieser Phase`,
  'tracker.in-stage-left': str`${0} in dieser Phase, noch ${1}`,
  'tracker.milestones': str`Meilensteine ${0}: ${1} von ${2} erledigt`,
  'tracker.milestone.done': 'erledigt am',
  'tracker.milestone.open': 'noch nicht erledigt',
  'tracker.milestone.overdue': 'überfällig, fällig am',
  'tracker.milestone.due': 'fällig am',
};
