// Adds a <wm-touchpoint-timeline> to each element marked `data-wm-timeline`
// (demo pages include this script and a mark; the element itself comes from
// /dist/waymark.min.js). The mark's data-* attributes become the timeline's:
// data-source, data-journey, data-customer, data-group-by, data-channels,
// data-view. With data-accounts="acme:Acme Corp,globex:Globex" an account
// picker switches `customer`. A status line says what is loaded and
// selected; on the customer portal the event log gets the timeline's events.
// DOM APIs only (no innerHTML): the pages run under Trusted Types.

const ATTRS = ['source', 'journey', 'customer', 'groupBy', 'channels', 'view', 'from', 'to'];
const kebab = (s) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const number = new Intl.NumberFormat(undefined);
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const clock = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/** Adds a line to the portal's event log, when the page has one. */
function log(name, text) {
  const list = document.getElementById('log-list');
  if (!list) return;
  const item = document.createElement('li');
  const time = document.createElement('time');
  const now = new Date();
  time.dateTime = now.toISOString();
  time.textContent = clock.format(now);
  const tag = document.createElement('code');
  tag.textContent = name;
  item.append(time, ' ', tag, ' ', text);
  list.append(item);
  while (list.children.length > 40) list.firstElementChild.remove();
  const box = document.getElementById('log');
  if (box) box.scrollTop = box.scrollHeight;
}

function accountPicker(mark, timeline, accounts) {
  const label = document.createElement('label');
  label.className = 'timeline-account';
  const select = document.createElement('select');
  for (const entry of accounts.split(',')) {
    const [id, name = id] = entry.split(':');
    select.append(new Option(name.trim(), id.trim(), false, id.trim() === timeline.getAttribute('customer')));
  }
  select.addEventListener('change', () => timeline.setAttribute('customer', select.value));
  label.append('Account ', select);
  mark.append(label);
}

function mount(mark) {
  const timeline = document.createElement('wm-touchpoint-timeline');
  for (const key of ATTRS) if (mark.dataset[key]) timeline.setAttribute(kebab(key), mark.dataset[key]);
  const status = document.createElement('p');
  status.className = 'timeline-status';
  status.setAttribute('role', 'status');
  if (mark.dataset.accounts) accountPicker(mark, timeline, mark.dataset.accounts);
  mark.append(timeline, status);

  timeline.addEventListener('wm-load', (e) => {
    const { items, nextCursor } = e.detail.data;
    status.textContent = nextCursor
      ? `Showing the first ${number.format(items.length)} touchpoints; loading the rest…`
      : `${number.format(items.length)} touchpoints loaded. Select one to see its details.`;
    if (!nextCursor) log('wm-load', `${number.format(items.length)} touchpoints`);
  });
  timeline.addEventListener('wm-error', (e) => {
    status.textContent = '';
    log('wm-error', `${e.detail.kind}: ${e.detail.error.message}`);
  });
  timeline.addEventListener('wm-touchpoint-select', (e) => {
    const tp = e.detail.touchpoint;
    status.textContent = `Selected “${tp.title}” (${tp.channel}, ${when.format(new Date(tp.at))}).`;
    log('wm-touchpoint-select', `“${tp.title}”, ${tp.channel}`);
  });
}

document.querySelectorAll('[data-wm-timeline]').forEach(mount);
