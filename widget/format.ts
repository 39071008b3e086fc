/** Number formatting for one locale, with Intl (cached: formatters are costly to build). */
export interface Formatters {
  readonly percent: (fraction: number) => string;
  readonly integer: (n: number) => string;
  readonly ratio: (x: number) => string;
}

const cache = new Map<string, Formatters>();

export function formatters(locale: string): Formatters {
  let f = cache.get(locale);
  if (!f) {
    const pct = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    // Hazard ratios are published to 2 decimals; products keep 3 significant digits at most 1 decimal.
    const two = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const big = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    f = { percent: (x) => pct.format(x), integer: (n) => int.format(n), ratio: (x) => (x < 100 ? two : big).format(x) };
    cache.set(locale, f);
  }
  return f;
}
