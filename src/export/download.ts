/**
 * Saves a Blob as a file: an object URL on a temporary `<a download>`,
 * clicked and revoked. Works under a strict CSP (no `data:` URL, no script).
 */
export function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled: some engines start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(a.href), 0);
}

/** `<what>-<yyyy-mm-dd>.<ext>`, today's local date, e.g. `journey-timeline-2026-12-03.csv`. */
export function fileName(what: string, ext: string, now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${what}-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}.${ext}`;
}

/** A CSV string as a Blob (UTF-8 with a byte order mark, so spreadsheets read accents right). */
export const csvBlob = (text: string): Blob => new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' });

/**
 * What a download button does: saves the element's CSV, or a PNG of it, as
 * `<what>-<yyyy-mm-dd>.csv` or `.png` (e.g. `journey-map-2026-12-03.png`).
 */
export async function save(el: { toCSV(): string; toImage(): Promise<Blob> }, type: 'image' | 'csv', what: string): Promise<void> {
  const csv = type == 'csv';
  download(csv ? csvBlob(el.toCSV()) : await el.toImage(), fileName(what, csv ? 'csv' : 'png'));
}
