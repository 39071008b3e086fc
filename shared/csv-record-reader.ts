import { type CsvParseResult, parseCsv } from './csv-parse.ts';

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/**
 * CSV records from text that arrives in chunks (a file or stdin), with the same records, line
 * numbers and errors as `parseCsv` on the whole text. Only complete records are returned, so memory
 * holds one chunk plus one unfinished record, however long the file. Each character is scanned once.
 *
 * @example
 * const reader = new CsvRecordReader();
 * reader.push('id,ki67\n"a\nb",'); // { ok: true, records: [{ line: 1, cells: ['id', 'ki67'] }] }
 * reader.push('5\n');              // { ok: true, records: [{ line: 2, cells: ['a\nb', '5'] }] }
 * reader.end();                    // { ok: true, records: [] }
 */
export class CsvRecordReader {
  #pending = '';
  /** Where the next scan resumes in #pending, and the line ends counted before it. */
  #scanned = 0;
  #lines = 0;
  #inQuotes = false;
  #cellStart = true;
  /** The line number at which #pending starts. */
  #line = 1;

  /** Adds a chunk; returns the records it completed. */
  push(chunk: string): CsvParseResult {
    this.#pending += chunk;
    const text = this.#pending;
    const n = text.length;
    let lines = this.#lines;
    let boundary = 0;
    let linesAtBoundary = 0;
    let i = this.#scanned;
    if (i === 0 && this.#line === 1 && text.charCodeAt(0) === 0xfeff) i = 1; // parseCsv drops it too
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (this.#inQuotes) {
        if (c === LF) lines++;
        else if (c === QUOTE) {
          if (i + 1 === n) break; // a doubled quote may be split across chunks
          if (text.charCodeAt(i + 1) === QUOTE) i++;
          else this.#inQuotes = false;
        }
      } else if (c === COMMA) this.#cellStart = true;
      else if (c === LF || c === CR) {
        if (c === CR) {
          if (i + 1 === n) break; // CR LF may be split across chunks
          if (text.charCodeAt(i + 1) === LF) i++;
        }
        lines++;
        boundary = i + 1;
        linesAtBoundary = lines;
        this.#cellStart = true;
      } else {
        if (c === QUOTE && this.#cellStart) this.#inQuotes = true;
        this.#cellStart = false;
      }
    }
    this.#scanned = i - boundary;
    this.#lines = lines - linesAtBoundary;
    if (boundary === 0) return { ok: true, records: [] };
    const result = parseCsv(text.slice(0, boundary), this.#line);
    this.#line += linesAtBoundary;
    this.#pending = text.slice(boundary);
    return result;
  }

  /** Ends the text; returns the last record, or the error of a quoted field never closed. */
  end(): CsvParseResult {
    const rest = this.#pending;
    this.#pending = '';
    this.#scanned = 0;
    this.#lines = 0;
    return parseCsv(rest, this.#line);
  }
}
