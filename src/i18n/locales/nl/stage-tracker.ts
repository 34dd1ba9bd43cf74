import type { TemplateMap } from '@lit/localize';
import { str } from '../../localize.js';

export const stageTracker: TemplateMap = {
  'tracker.status.done': 'Afgerond',
  'tracker.status.current': 'Bezig',
  'tracker.status.upcoming': 'Niet gestart',
  'tracker.status.blocked': 'Geblokkeerd',
  'tracker.status.skipped': 'Overgeslagen',
  'tracker.loading': 'Journey laden…',
  'tracker.empty': 'Deze journey heeft nog geen fasen.',
  'tracker.summary.current': str`Fase ${0} van ${1}: ${2}`,
  'tracker.summary.done': str`${0} van ${1} fasen afgerond`,
  'tracker.stages-label': str`Fasen: ${0}`,
  'tracker.next-step': 'Volgende stap:',
  'tracker.at-risk': str`Risico: ${0} over het tijdvenster`,
  'tracker.progress-label': str`Voortgang: ${0}`,
  'tracker.progress-value': str`${0} voltooid`,
  'tracker.window-from': str`tijdvenster vanaf dag ${0}`,
  'tracker.window': str`tijdvenster dag ${0}–${1}`,
  'tracker.took': str`Duurde ${0}`,
  'tracker.in-stage': str`${0} in deze fase`,
  'tracker.in-stage-left': str`${0} in deze fase, nog ${1}`,
  'tracker.milestones': str`Mijlpalen ${0}: ${1} van ${2} afgerond`,
  'tracker.milestone.done': 'afgerond op',
  'tracker.milestone.open': 'nog niet afgerond',
  'tracker.milestone.overdue': 'te laat, was gepland op',
  'tracker.milestone.due': 'gepland op',
};
