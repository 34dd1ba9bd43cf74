/** A CSV cell: text, a number (written as `String(n)`), a boolean, or nothing (empty). */
export type Cell = string | number | boolean | null | undefined;

// A text cell starting with = + - or @ is a formula to a spreadsheet: a leading ' keeps it text.
// Numbers are not text, so a negative number stays a number.
const cell = (v: Cell): string => {
  const s = v == null ? '' : typeof v == 'string' && /^[=+\-@]/.test(v) ? `'${v}` : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * A header (plain names, written as given) and rows as RFC 4180 CSV: quoted where needed,
 * quotes doubled, every line ended by CRLF.
 */
export const csv = (header: string, rows: Cell[][]): string =>
  [header, ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n';
