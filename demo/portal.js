// Customer portal demo: the back-office buttons and the event log.
// The tracker itself needs no code: it loads through <wm-data-source id="api">
// and follows live updates through the RestAdapter's watch (server-sent events).
// DOM APIs only (no innerHTML): the page runs under Trusted Types.
import { addLog } from './event-log.js';

const tracker = document.getElementById('tracker');
const advanceButton = document.getElementById('advance');
const resetButton = document.getElementById('reset');
const status = document.getElementById('status');
const language = document.getElementById('language');

// The widgets take their language from their locale attribute; the portal's
// own chrome stays English, so the page's lang does not change.
language.addEventListener('change', () => {
  for (const el of document.querySelectorAll('wm-stage-tracker, wm-touchpoint-timeline')) el.locale = language.value;
  addLog('locale', `widgets now in ${language.selectedOptions[0].textContent}`);
});

const CUSTOMER = tracker.getAttribute('customer') ?? 'northwind';
const JOURNEY = tracker.getAttribute('journey') ?? 'onboarding';
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

const milestones = (journey) => journey.stages.flatMap((s) => s.milestones ?? []);
const currentStage = (journey) =>
  journey.stages.find((s) => s.status === 'current' || s.status === 'blocked');

function summary(journey) {
  const all = milestones(journey);
  const done = all.filter((m) => m.done).length;
  const stage = currentStage(journey);
  return `${done} of ${all.length} milestones done; ${stage ? `current stage: ${stage.name}` : 'all stages done'}.`;
}

/** Whether the back office has anything left to complete (mirrors /api/demo/advance). */
const canAdvance = (journey) =>
  journey.stages.some((s) => ['current', 'blocked', 'upcoming'].includes(s.status));

/** Disables "complete the next milestone" once nothing is left to complete. */
function syncButton(journey) {
  advanceButton.disabled = !canAdvance(journey);
}

tracker.addEventListener('wm-load', (event) => {
  const journey = event.detail?.data;
  if (!journey?.stages) return;
  addLog('wm-load', `“${journey.name}”: ${summary(journey)}`);
  syncButton(journey);
});

tracker.addEventListener('wm-stage-select', (event) => {
  const stage = event.detail?.stage;
  if (!stage) return;
  const progress = typeof stage.progress === 'number' ? `, ${percent.format(stage.progress)} done` : '';
  addLog('wm-stage-select', `“${stage.name}” (${stage.status}${progress}).`);
});

tracker.addEventListener('wm-milestone-change', (event) => {
  const { stage, milestone, done } = event.detail ?? {};
  if (!milestone) return;
  addLog('wm-milestone-change', `“${milestone.name}” in “${stage.name}” marked ${done ? 'done' : 'not done'}.`);
});

document.getElementById('timeline').addEventListener('wm-touchpoint-select', (event) => {
  const { touchpoint } = event.detail;
  addLog('wm-touchpoint-select', `“${touchpoint.title}” (${touchpoint.channel}).`);
});

tracker.addEventListener('wm-error', (event) => {
  const { error, kind } = event.detail ?? {};
  addLog('wm-error', `${kind ?? 'error'}: ${error?.message ?? 'unknown error'}`);
});

async function post(path) {
  const query = new URLSearchParams({ customer: CUSTOMER, journey: JOURNEY });
  const response = await fetch(`/api/demo/${path}?${query}`, { method: 'POST' });
  const body = await response.json().catch(() => ({}));
  return { response, body };
}

/** The milestone completed last (the one the back office just ticked off). */
function latestMilestone(journey) {
  return milestones(journey)
    .filter((m) => m.done && m.completedAt)
    .sort((a, b) => Date.parse(b.completedAt) - Date.parse(a.completedAt))[0];
}

advanceButton.addEventListener('click', async () => {
  advanceButton.disabled = true;
  status.textContent = 'Completing the next milestone…';
  let done = false;
  try {
    const { response, body } = await post('advance');
    if (response.status === 409) {
      status.textContent = 'Onboarding is complete: every milestone is done. Reset the demo to start again.';
      done = true;
    } else if (!response.ok) {
      status.textContent = `The back office could not update the journey (${body.message ?? response.status}).`;
    } else {
      const milestone = latestMilestone(body);
      done = !canAdvance(body);
      status.textContent = (milestone
        ? `The back office marked “${milestone.name}” done.`
        : 'The back office moved the journey on.') + (done ? ' Onboarding is complete.' : '');
    }
  } catch {
    status.textContent = 'The demo server is not reachable.';
  } finally {
    advanceButton.disabled = done;
  }
});

resetButton.addEventListener('click', async () => {
  resetButton.disabled = true;
  try {
    const { response } = await post('reset');
    status.textContent = response.ok ? 'Demo reset: back to the first open milestone.' : 'The reset failed.';
    if (response.ok) advanceButton.disabled = false;
  } catch {
    status.textContent = 'The demo server is not reachable.';
  } finally {
    resetButton.disabled = false;
  }
});
