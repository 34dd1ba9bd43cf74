// The demo pages' event log: one timestamped line per event, newest last,
// at most 40 lines. DOM APIs only (no innerHTML): the pages run under Trusted Types.

const MAX_LOG = 40;
const clock = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/** Appends `name` and `text` to the list #log-list inside the scrolling #log. */
export function addLog(name, text) {
  const log = document.getElementById('log');
  const logList = document.getElementById('log-list');
  const item = document.createElement('li');
  const time = document.createElement('time');
  const now = new Date();
  time.dateTime = now.toISOString();
  time.textContent = clock.format(now);
  const tag = document.createElement('code');
  tag.textContent = name;
  item.append(time, ' ', tag, ' ', text);
  logList.append(item);
  while (logList.children.length > MAX_LOG) logList.firstElementChild.remove();
  log.scrollTop = log.scrollHeight;
}
