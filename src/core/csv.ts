/**
 * CSV for the office's spreadsheets: a BOM (so Excel on Chinese Windows reads
 * UTF-8, not GBK), CRLF line ends, quotes where a cell needs them. Exports of
 * what residents and staff typed defuse formulas (a cell starting with = + - @
 * would run in Excel); the roster keeps its values exactly, for round trips.
 */
export type CsvValue = string | number | null | undefined;

export function csvCell(value: CsvValue, defuseFormulas = true): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (defuseFormulas && typeof value === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly (readonly CsvValue[])[], opts: { defuseFormulas?: boolean } = {}): string {
  const defuse = opts.defuseFormulas ?? true;
  return '\uFEFF' + rows.map((r) => r.map((v) => csvCell(v, defuse)).join(',')).join('\r\n') + '\r\n';
}
