const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV cell: quoted (with doubled quotes) only when it must be. */
export const csvCell = (value: string | number | boolean | null | undefined): string => {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One CSV record with the CRLF line end RFC 4180 asks for. */
export const csvRow = (cells: readonly (string | number | boolean | null | undefined)[]): string =>
  `${cells.map(csvCell).join(',')}\r\n`;
