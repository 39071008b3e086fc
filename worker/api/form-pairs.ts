const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The name-value pairs of an application/x-www-form-urlencoded string (a query or a form body),
 * exactly as `[...new URLSearchParams(text)]` gives them, without its cost: in workerd, building
 * a URL and walking its searchParams cost a GET score about 18 µs of its ~190 µs (each step
 * crosses into C++), where this loop costs about 1 µs. What `decodeURIComponent` refuses (a bad
 * escape, invalid UTF-8) and text with any surrogate go to URLSearchParams itself, so
 * the answer is the standard's in every case (a surrogate, even a paired one, takes the same road:
 * URLSearchParams turns a lone one into U+FFFD). Linear in the text: each pair is sliced once.
 *
 * @example
 * formPairs('ki67=12&vascularInvasion=yes'); // [['ki67', '12'], ['vascularInvasion', 'yes']]
 */
export function formPairs(text: string): [string, string][] {
  if (SURROGATE.test(text)) return [...new URLSearchParams(text)];
  const pairs: [string, string][] = [];
  // URLSearchParams drops one leading "?" from a string.
  for (let start = text.startsWith('?') ? 1 : 0; start <= text.length; ) {
    let end = text.indexOf('&', start);
    if (end < 0) end = text.length;
    if (end > start) {
      const pair = text.slice(start, end);
      const eq = pair.indexOf('=');
      const name = decode(eq < 0 ? pair : pair.slice(0, eq));
      const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
      if (name === undefined || value === undefined) return [...new URLSearchParams(text)];
      pairs.push([name, value]);
    }
    start = end + 1;
  }
  return pairs;
}

/** "+" is a space, then percent-decoding as UTF-8; undefined where decodeURIComponent throws. */
function decode(part: string): string | undefined {
  const spaced = part.includes('+') ? part.replaceAll('+', ' ') : part;
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return undefined;
  }
}

/**
 * The query of a request URL (after "?", before any "#"), read without building a URL.
 *
 * @example
 * queryOf('https://api.example/v1/lms/score?ki67=12'); // 'ki67=12'
 */
export function queryOf(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return '';
  const hash = url.indexOf('#', q);
  return url.slice(q + 1, hash < 0 ? url.length : hash);
}
