/** The calculator's second part: the engine and the result. */
export type CalculatorPart = typeof import('../second-part/calculator-part.ts');

/**
 * Loads the calculator's second part as a module of its own: bundlers (and the npm package) split
 * it into a chunk. The served builds import part-loader.script.ts in its place (`#part-loader` in
 * widget/package.json, under the `lms-served` condition), which loads an SRI-pinned script instead.
 */
export const loadPart = (): Promise<CalculatorPart> => import('../second-part/calculator-part.ts');
