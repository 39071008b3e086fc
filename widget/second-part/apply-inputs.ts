import {
  type CalculatorState,
  type CalculatorValues,
  fromValue,
  toAnswer,
  toBanded,
} from '../common/calculator-state.ts';
import type { CalculatorModel } from '../first-paint/calculator-model.ts';
import { stateFromFragment } from './share-fragment.ts';

/** What changed on the element since its last update, as the engine reads it. */
export interface InputChanges {
  /** A `value` set since (undefined: none). */
  readonly value: Partial<CalculatorValues> | null | undefined;
  /** Whether the preset named as this factor is to be read. */
  readonly has: (factor: string) => boolean;
  /** The preset named as this factor (an attribute's text, or what a script set). */
  readonly preset: (factor: string) => unknown;
  /** Read the page URL's fragment too (the first update with the engine, with `share`). */
  readonly fragment: boolean;
}

/**
 * The state after the element's inputs changed: a set `value` replaces all, then each preset read
 * by the core's rules, then a shared link's inputs, which win when the element first shows.
 */
export function applyInputs(m: CalculatorModel, s: CalculatorState, changes: InputChanges): CalculatorState {
  const { value, has, preset } = changes;
  let next = value === undefined ? s : fromValue(m, value);
  for (const f of m.banded) {
    if (!has(f.id)) continue;
    const { text, band } = toBanded(m, f.id, preset(f.id));
    next = { ...next, text: { ...next.text, [f.id]: text }, band: { ...next.band, [f.id]: band } };
  }
  for (const f of m.booleans) {
    if (has(f.id)) next = { ...next, answer: { ...next.answer, [f.id]: toAnswer(m, f.id, preset(f.id)) } };
  }
  return changes.fragment ? (stateFromFragment(m, location.hash) ?? next) : next;
}
