import type { ModelDefinition } from '@lms-score/core';
import type { CalculatorValues } from '../common/calculator-state.ts';
import { partNow } from './calculator-parts.ts';
import type { ScoreCalculator } from './score-calculator.ts';

/** The settings besides the inputs and the language that change what the calculator shows. */
const VIEW = ['audience', 'picture'];
/** Copies laid out at once: one layout per batch, and a pause for the page between batches. */
const BATCH = 16;

/**
 * Inputs that between them give every layout the form and the result can take: each combination
 * of unknown, each band and a number typed near each band's top (its widest text, "19.99"), with
 * each yes/no answer; and each kind of refused number, which shows the same placeholder whatever
 * else is entered. 192 for the LMS.
 */
export function layoutInputs(definition: ModelDefinition): CalculatorValues[] {
  let inputs: CalculatorValues[] = [{}];
  const refused: CalculatorValues[] = [];
  for (const factor of definition.factors) {
    let options: (string | boolean | null)[];
    if (factor.kind === 'boolean') options = [null, true, false];
    else {
      const typed = factor.levels.map((l) => ((l.upperBound?.value ?? factor.max) - 0.01).toFixed(2));
      options = [null, ...factor.levels.map((l) => l.id), ...typed];
      // Not a number, out of range, not finite: each has its own message under the box.
      for (const text of ['x', String(factor.max + 1), '1e999']) refused.push({ [factor.id]: text });
    }
    inputs = inputs.flatMap((input) => options.map((option) => ({ ...input, [factor.id]: option })));
  }
  return [...inputs, ...refused];
}

/**
 * The tallest `element`'s form and result can be at `width` in its language and view, whatever is
 * entered: measured on copies of the element, one layoutInputs() each, in a closed shadow root
 * (out of the page's queries, styles, events and accessibility tree), hidden, fixed and clipped
 * (out of its flow and height). Each pass lays out only the part it measures. Null while the
 * calculator has no engine (the second part failed).
 */
export async function tallestParts(
  element: ScoreCalculator,
  width: number,
): Promise<{ form: number; result: number } | null> {
  const part = partNow();
  if (!part) return null;
  const definition = part.withEngine((element.constructor as typeof ScoreCalculator).model).definition;
  const inputs = layoutInputs(definition);
  // Only the measured factors change the form: the yes/no ones are three fixed options each.
  const booleans = definition.factors.filter((f) => f.kind === 'boolean').map((f) => f.id);
  const formInputs = inputs.filter((input) => booleans.every((id) => input[id] === null || !(id in input)));
  const host = document.createElement('div');
  host.inert = true;
  Object.assign(host.style, {
    position: 'fixed',
    insetBlockStart: '0',
    insetInlineStart: '0',
    inlineSize: `${width}px`,
    blockSize: '0',
    overflow: 'hidden',
    visibility: 'hidden',
    contain: 'strict',
  });
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  root.adoptedStyleSheets = [sheet];
  // The copies' changes are not the reader's: the page hears none of them.
  root.addEventListener('lms-change', (event) => event.stopPropagation());
  // Outside the page's tree, a copy cannot inherit the element's lang: it takes the language shown.
  const lang = element.renderRoot.querySelector('[part="base"]')?.getAttribute('lang') ?? 'en';
  const probes = Array.from({ length: Math.min(BATCH, inputs.length) }, () => {
    const probe = document.createElement(element.localName) as ScoreCalculator;
    probe.setAttribute('lang', lang);
    for (const name of VIEW) {
      const value = element.getAttribute(name);
      if (value !== null) probe.setAttribute(name, value);
    }
    return probe;
  });
  root.append(...probes);
  element.after(host);
  const tallest = async (measured: 'form' | 'result', of: readonly CalculatorValues[]) => {
    const name = element.localName;
    sheet.replaceSync(
      `${name}::part(${measured === 'form' ? 'result' : 'form'}), ${name}::part(footer) { display: none; }`,
    );
    let max = 0;
    for (let start = 0; start < of.length; start += probes.length) {
      const batch = probes.slice(0, of.length - start);
      batch.forEach((probe, i) => {
        probe.value = of[start + i]!;
      });
      await Promise.all(batch.map((probe) => probe.updateComplete));
      for (const probe of batch) {
        const box = probe.renderRoot.querySelector(`[part="${measured}"]`)?.getBoundingClientRect();
        max = Math.max(max, box?.height ?? 0);
      }
      await new Promise((resolve) => setTimeout(resolve));
    }
    return max;
  };
  try {
    return { form: await tallest('form', formInputs), result: await tallest('result', inputs) };
  } finally {
    host.remove();
  }
}
