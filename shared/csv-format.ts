const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
// Spreadsheets run a cell that starts with one of these as a formula (OWASP, CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a text that a spreadsheet would run as a formula gets a leading `'` (OWASP's
 * advice), then the cell is quoted, with doubled quotes, only when it must be. Numbers and
 * booleans are written as they are.
 *
 * @example
 * csvCell('=HYPERLINK("http://x","y")'); // '"\'=HYPERLINK(""http://x"",""y"")"'
 */
export const csvCell = (value: string | number | boolean | null | undefined): string => {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One CSV record with the CRLF line end RFC 4180 asks for. */
export const csvRow = (cells: readonly (string | number | boolean | null | undefined)[]): string =>
  `${cells.map(csvCell).join(',')}\r\n`;
