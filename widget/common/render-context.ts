import type { Formatters } from '../first-paint/format.ts';

/**
 * What every render helper reads, passed as one object with what else that helper needs: the
 * model (`m`), the words of the language shown (`t`) and its number formats (`f`).
 *
 * @example
 * renderFooter({ m, t, f, footer, on });
 */
export interface RenderContext<M, T> {
  readonly m: M;
  readonly t: T;
  readonly f: Formatters;
}
