const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/**
 * A cell a spreadsheet may run as a formula (OWASP, CSV injection). It starts with TAB, CR or LF
 * (OWASP's list), or its first visible character is a formula sign:
 * - = + - @, the signs spreadsheets start a formula with (Excel takes all four);
 * - the forms NFKC folds to them: full-width ＝ ＋ － ＠ (reported to run in Excel in Japanese
 *   locales, OWASP www-community#1088; Apple Numbers folds them, csv-stringify escapes them), and
 *   likewise small ﹦ ﹢ ﹣ ﹫, super- and subscript ⁼ ⁺ ₌ ₊, ﬩ and ⩵ ⩶;
 * - after leading whitespace (\p{White_Space}: spaces, TAB, CR, LF, NEL, NBSP, ideographic space) or invisible
 *   format characters (\p{Cf}: BOM, zero-width space and joiners, word joiner, bidi marks, soft hyphen),
 *   which an import may trim (LibreOffice's "Trim spaces") or a reader cannot see.
 * A cell whose text merely contains a sign ("a=b", "Ki-67") is text in every spreadsheet.
 */
const FORMULA_START =
  /^[\t\r\n]|^[\p{White_Space}\p{Cf}]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u207c\u207a\u208c\u208a\ufb29\u2a75\u2a76]/u;

/**
 * One CSV cell: a text that a spreadsheet may run as a formula (FORMULA_START) gets a leading `'`
 * (OWASP's advice), then the cell is quoted, with doubled quotes, only when it must be. Numbers
 * and booleans are written as they are: a negative number is not a formula, and it stays a number.
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
