// Intranet demo: the journey map's "Move customers along" button, and the
// page's budget of event streams. The elements need no code: they load through
// their <wm-data-source> and follow live updates over server-sent events.
// DOM APIs only (no innerHTML): the page runs under Trusted Types.

const button = document.getElementById('map-advance');
const status = document.getElementById('map-status');
const map = document.getElementById('help-map');
const JOURNEY = map.getAttribute('journey') ?? 'get-help';
const count = new Intl.NumberFormat('en');
const clock = new Intl.DateTimeFormat('en', { timeStyle: 'medium' });

/** "4,246 customers reached “Something breaks”, 531 “Rate the help” (at 10:32:05)." */
function summary(m) {
  const cells = m.lanes.find((l) => l.kind === 'funnel')?.cells ?? [];
  const name = (column) => m.steps?.find((s) => s.id === column)?.name ?? column;
  const [first, last] = [cells[0], cells.at(-1)];
  if (!first || !last) return 'Customers moved along.';
  return `Customers moved along: ${count.format(first.reached)} reached “${name(first.column)}”, ` +
    `${count.format(last.reached)} “${name(last.column)}” (at ${clock.format(new Date(m.updatedAt ?? Date.now()))}).`;
}

// The sample API stores the move and pushes the map over its event stream; the
// map updates itself from there. The status line says what moved, once per click.
button.addEventListener('click', async () => {
  button.disabled = true;
  try {
    const res = await fetch(`/api/demo/map-advance?journey=${encodeURIComponent(JOURNEY)}`, { method: 'POST' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    status.textContent = summary(await res.json());
  } catch (err) {
    status.textContent = `Customers could not be moved along (${err.message}). Try again.`;
  } finally {
    button.disabled = false;
  }
});

// Browsers allow six connections per host over HTTP/1.1, and every live
// element holds one event stream. The lifecycle trackers of the crm source
// change only when the sample data is reset: capped at two streams (the rest
// revalidate every 30 s), they leave one for the Wayne card's own source, two
// for the live source (Northwind's onboarding and the journey map) and one for
// requests such as this button's.
await customElements.whenDefined('wm-data-source');
const crm = document.getElementById('crm');
const RestAdapter = crm.adapter.constructor;
crm.adapter = new RestAdapter({ baseUrl: crm.baseUrl, maxStreams: 2 });
