export interface CsvRecord {
  /** 1-based line on which the record starts, for error messages. */
  readonly line: number;
  readonly cells: string[];
}

export type CsvParseResult =
  | { readonly ok: true; readonly records: CsvRecord[] }
  | { readonly ok: false; readonly line: number; readonly message: string };

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/**
 * RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks inside quotes, CRLF or
 * LF line ends, a leading UTF-8 BOM. Empty lines are skipped (they hold no patient). A quote inside
 * an unquoted field is kept as text, as spreadsheets write it. `firstLine` numbers the records of a
 * later part of a file (CsvRecordReader); only a text starting at line 1 may start with a BOM.
 *
 * @example
 * parseCsv('id,ki67\r\n"a,1",5\r\n'); // { ok: true, records: [{ line: 1, cells: ['id', 'ki67'] }, { line: 2, cells: ['a,1', '5'] }] }
 */
export function parseCsv(text: string, firstLine = 1): CsvParseResult {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = firstLine === 1 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = firstLine;
  while (i < n) {
    const start = line;
    const from = i;
    let to = i;
    const cells: string[] = [];
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === QUOTE) {
        cell = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1)
            return { ok: false, line: start, message: `A quoted field that starts on line ${start} is never closed.` };
          cell += text.slice(from, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            cell += '"';
            from = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        for (let k = 0; k < cell.length; k++) if (cell.charCodeAt(k) === LF) line++;
        // Text between the closing quote and the next separator is kept, as spreadsheets do.
        let j = i;
        while (j < n && text.charCodeAt(j) !== COMMA && text.charCodeAt(j) !== LF && text.charCodeAt(j) !== CR) j++;
        cell += text.slice(i, j);
        i = j;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === COMMA || c === LF || c === CR) break;
          j++;
        }
        cell = text.slice(i, j);
        i = j;
      }
      cells.push(cell);
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      to = i;
      if (c === CR) i++;
      if (text.charCodeAt(i) === LF) i++;
      line++;
      break;
    }
    // Only an empty line is skipped; a line holding "" is a row with one empty (unknown) cell.
    if (to > from) records.push({ line: start, cells });
  }
  return { ok: true, records };
}

/** One line of a CSV text that holds no quote character: its number and its text, line end off. */
export interface CsvLine {
  readonly line: number;
  readonly text: string;
}

/**
 * The records of a CSV text that holds no quote character, one at a time, as parseCsv gives them
 * (same cells, line numbers, BOM and empty lines): with no quotes, a record is a line and a cell
 * what lies between commas, so lines and cells are found with the engine's own searches rather
 * than a character at a time. Memory holds one record.
 */
export function* unquotedRecords(text: string, firstLine = 1): Generator<CsvRecord> {
  for (const { line, text: record } of unquotedLines(text, firstLine)) yield { line, cells: record.split(',') };
}

/** The lines of a CSV text that holds no quote character, as unquotedRecords reads them, not yet cut into cells. */
export function* unquotedLines(text: string, firstLine = 1): Generator<CsvLine> {
  const n = text.length;
  let i = firstLine === 1 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = firstLine;
  let lf = text.indexOf('\n', i);
  let cr = text.indexOf('\r', i);
  while (i < n) {
    if (lf !== -1 && lf < i) lf = text.indexOf('\n', i);
    if (cr !== -1 && cr < i) cr = text.indexOf('\r', i);
    const end = Math.min(lf === -1 ? n : lf, cr === -1 ? n : cr);
    if (end > i) yield { line, text: text.slice(i, end) };
    i = end;
    if (text.charCodeAt(i) === CR) i++;
    if (text.charCodeAt(i) === LF) i++;
    line++;
  }
}
