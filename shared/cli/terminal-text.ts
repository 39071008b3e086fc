/**
 * What a terminal would act on rather than show: C0 controls and DEL (ESC starts the sequences
 * that set the window title, clear the screen, colour text or write the clipboard with OSC 52;
 * TAB, CR and LF move the cursor and break a table's lines), C1 controls (U+009B is a one-character
 * CSI in terminals that decode C1), the line and paragraph separators, and the bidi marks,
 * embeddings, overrides and isolates that reorder a shown line (Trojan Source, CVE-2021-42574). A lone
 * surrogate is not text at all: written as UTF-8 it would silently become U+FFFD.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSHOWN = new RegExp(`${CONTROL.source}|${LONE_SURROGATE.source}`, 'g');

// One form for all, `\u` and four hex digits: inside a JSON string it is the escape of the same
// character, so a JSON report shown on a terminal still parses to the same data.
const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text from the input (ids, column names, messages that quote a value, file names) made safe to
 * write to a terminal: every character a terminal would act on is shown as its `\uXXXX` escape, so
 * a shared CSV cannot retitle the window, clear the screen, write the clipboard or fake a figure.
 * Everything else, letters of any script and emoji included, is kept.
 *
 * @example
 * terminalText('p1\u001b]0;pwned\u0007'); // 'p1\\u001b]0;pwned\\u0007'
 */
export const terminalText = (text: string): string => text.replace(UNSHOWN, escaped);

/** One output line for a terminal: its text as terminalText shows it, its own line end (LF or CRLF) kept. */
export function terminalLine(line: string): string {
  const end = line.endsWith('\r\n') ? 2 : line.endsWith('\n') ? 1 : 0;
  return terminalText(line.slice(0, line.length - end)) + line.slice(line.length - end);
}
