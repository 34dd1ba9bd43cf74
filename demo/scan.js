// Maturity scan demo: saves the scan's responses to the sample API, logs the
// scan's events and reads the stored response back. The scan autosaves in
// this browser by itself and, on completion, PUTs the response to
// /api/scans/journey-management/responses/{id} through the adapter below.
// DOM APIs only (no innerHTML): the page runs under Trusted Types.
import { addLog } from './event-log.js';
import { RestAdapter } from '/dist/waymark.min.js';

const scan = document.getElementById('scan');

// The sample API stores responses but hosts no scan definitions. An adapter
// with only saveScanResponse keeps the built-in scan (a full RestAdapter would
// ask GET /api/scans/journey-management first, get 404 and fall back to it).
const api = new RestAdapter({ baseUrl: '/api' });
scan.adapter = { saveScanResponse: (response, options) => api.saveScanResponse(response, options) };
const status = document.getElementById('stored-status');
const stored = document.getElementById('stored');
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const levelName = (level) => scan.definition?.levels.find((l) => l.level === level)?.name ?? `level ${level}`;

scan.addEventListener('wm-scan-change', (event) => {
  const { response, progress } = event.detail;
  addLog('wm-scan-change', `${Object.keys(response.answers).length} answered (${percent.format(progress)}).`);
});

scan.addEventListener('wm-error', (event) => {
  addLog('wm-error', `${event.detail.kind}: ${event.detail.error.message}`);
});

/** Shows the response as the server stored it, fetched back by id. */
async function showStored(id, result) {
  status.textContent = 'Reading the stored response back…';
  const response = await fetch(`/api/scans/journey-management/responses/${encodeURIComponent(id)}`);
  if (!response.ok) {
    status.textContent = `The server did not return the response (HTTP ${response.status}).`;
    return;
  }
  const saved = await response.json();
  document.getElementById('stored-id').textContent = saved.id;
  document.getElementById('stored-at').textContent = saved.completedAt ? when.format(new Date(saved.completedAt)) : 'not completed';
  document.getElementById('stored-count').textContent = `${Object.keys(saved.answers).length} of ${scan.definition?.questions.length ?? '?'}`;
  document.getElementById('stored-result').textContent =
    `Level ${result.level}, ${levelName(result.level)} (score ${Math.round(result.score)} of 100)`;
  stored.hidden = false;
  status.textContent = 'The server has the response below.';
}

scan.addEventListener('wm-scan-complete', (event) => {
  const { response, result } = event.detail;
  addLog('wm-scan-complete', `response ${response.id}: level ${result.level} (${levelName(result.level)}).`);
  showStored(response.id, result).catch((e) => {
    status.textContent = `Could not read the response back: ${e.message}`;
  });
});
