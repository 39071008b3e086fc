import { LmsCalculator } from '../first-paint/lms-calculator.component.ts';

export type { CalculatorValue, LmsChangeDetail, LmsChangeEvent } from '../first-paint/lms-calculator.component.ts';
export { LmsCalculator };

/**
 * Registers <lms-calculator> once. A page that loads the script twice (or two versions) keeps the
 * first definition; a different version is reported, since only one can own the tag.
 *
 * @example
 * import { defineLmsCalculator } from './lms-calculator.ts';
 * defineLmsCalculator();
 */
export function defineLmsCalculator(): void {
  const existing = customElements.get('lms-calculator') as
    | (CustomElementConstructor & { version?: string })
    | undefined;
  if (!existing) {
    customElements.define('lms-calculator', LmsCalculator);
  } else if (existing.version !== LmsCalculator.version) {
    console.warn(
      `<lms-calculator> ${existing.version ?? '(unknown version)'} is already defined; version ${LmsCalculator.version} was not registered.`,
    );
  }
}

defineLmsCalculator();
