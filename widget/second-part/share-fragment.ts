import { attributeName } from '@lms-score/core';
import { type CalculatorState, emptyState, toAnswer, toBanded } from '../common/calculator-state.ts';
import type { CalculatorModel } from '../first-paint/calculator-model.ts';

/**
 * The inputs as a URL fragment ("ki67=12&vascular-invasion=yes"): the typed number or the band,
 * and yes/no; unknown factors are left out. A fragment is never sent to a server.
 *
 * @example
 * fragmentOf(model, state); // 'ki67=25&vascular-invasion=yes&adjuvant-therapy=no'
 */
export function fragmentOf(m: CalculatorModel, s: CalculatorState): string {
  const params = new URLSearchParams();
  for (const f of m.definition.factors) {
    const value = f.kind === 'banded' ? s.text[f.id]!.trim() || s.band[f.id]! : s.answer[f.id]!;
    if (value && value !== 'unknown') params.set(attributeName(f.id), value);
  }
  return params.toString();
}

/**
 * The inputs a fragment holds, read as presets are (the core's rules; anything unreadable stays
 * unknown), or null when it names none of the model's factors. Other keys are ignored.
 */
export function stateFromFragment(m: CalculatorModel, fragment: string): CalculatorState | null {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const s = emptyState(m);
  let any = false;
  const text = { ...s.text };
  const band = { ...s.band };
  const answer = { ...s.answer };
  for (const f of m.definition.factors) {
    const value = params.get(attributeName(f.id));
    if (value === null) continue;
    any = true;
    if (f.kind === 'banded') ({ text: text[f.id], band: band[f.id] } = toBanded(m, f.id, value));
    else answer[f.id] = toAnswer(m, f.id, value);
  }
  return any ? { text, band, answer } : null;
}

/**
 * The state after the page's fragment changed (the reader went back, or opened another link): the
 * fragment's inputs when they differ from `s`, else `s` itself (so nothing re-renders).
 */
export function afterHashChange(m: CalculatorModel, s: CalculatorState): CalculatorState {
  const read = stateFromFragment(m, location.hash);
  return read && fragmentOf(m, read) !== fragmentOf(m, s) ? read : s;
}

/** The inputs into the page URL's fragment, replacing the history entry (no navigation, no new entry). */
export function writeFragment(m: CalculatorModel, s: CalculatorState): void {
  const fragment = fragmentOf(m, s);
  if (fragment === location.hash.replace(/^#/, '')) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`);
}
