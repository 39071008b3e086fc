/** Number formatting for one locale. */
export interface Formatters {
  readonly percent: (fraction: number) => string;
  readonly integer: (n: number) => string;
  readonly ratio: (x: number) => string;
}

/** The Intl formatters: hazard ratios to 2 decimals (as published), larger products to 1. */
export function intlFormatters(locale: string): Formatters {
  const pct = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const two = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    percent: (x) => pct.format(x),
    integer: (n) => int.format(n),
    ratio: (x) => (x < 100 ? two : one).format(x),
  };
}

/**
 * Stand-ins for the first paint, written to match Intl's output for the shipped locales (en and
 * zh-Hans) character for character, so the switch to Intl shifts nothing (a test holds them equal).
 */
export const plainFormatters: Formatters = {
  percent: (x) => `${(x * 100).toFixed(1)}%`,
  integer: (n) => String(Math.round(n)),
  ratio: (x) => String(Number(x.toFixed(x < 100 ? 2 : 1))),
};

/** Locales whose plain stand-ins equal Intl's output for every number shown (a test holds them equal). */
const PLAIN_MATCHES_INTL = new Set(['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko']);
const ready = new Map<string, Formatters>();
const waiting = new Map<string, (() => void)[]>();

/**
 * The locale's Intl formatters once built, else (for PLAIN_MATCHES_INTL) the plain ones while they
 * are built: a page's first Intl.NumberFormat starts ICU, 13-30 ms in Chromium. Built at the first
 * idle moment after `after` settles (the second part): any earlier, ICU's start lands while the part
 * loads and holds the whole calculator back by as much. `onReady` runs when Intl is ready. The form
 * alone (`formOnly`, before the second part) shows only its bounds, whole numbers up to 100, which
 * read the same in every locale's Intl (a test holds it): it never waits for ICU.
 */
export function formatters(
  locale: string,
  onReady: () => void,
  after: PromiseLike<unknown>,
  formOnly: boolean,
): Formatters {
  const f = ready.get(locale);
  if (f) return f;
  if (!PLAIN_MATCHES_INTL.has(locale)) {
    if (formOnly) return plainFormatters;
    const built = intlFormatters(locale);
    ready.set(locale, built);
    return built;
  }
  const callbacks = waiting.get(locale);
  if (callbacks) {
    if (!callbacks.includes(onReady)) callbacks.push(onReady);
  } else {
    waiting.set(locale, [onReady]);
    const build = () => {
      ready.set(locale, intlFormatters(locale));
      for (const cb of waiting.get(locale) ?? []) cb();
      waiting.delete(locale);
    };
    void after.then(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(build, { timeout: 200 });
      else setTimeout(build, 0);
    });
  }
  return plainFormatters;
}
