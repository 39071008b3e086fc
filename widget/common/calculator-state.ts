import type { Problem, ScoreResult } from '@lms-score/core';
import type { CalculatorModel, FormModel } from '../first-paint/calculator-model.ts';
import type { Answer } from '../locales/locale-strings.ts';
import { devWarn } from './dev-warn.ts';

/** What the form holds, by factor id. Everything starts unknown: no silent defaults. */
export interface CalculatorState {
  /** A banded factor as typed (a number); takes precedence over its band. */
  readonly text: Readonly<Record<string, string>>;
  /** A band id chosen instead of a number, or ''. */
  readonly band: Readonly<Record<string, string>>;
  /** A yes/no factor's answer. */
  readonly answer: Readonly<Record<string, Answer>>;
}

/** The element's `value`: the API's field names and value forms; null is unknown. */
export type CalculatorValues = Record<string, number | string | boolean | null>;

export interface Evaluation {
  readonly result: ScoreResult | null;
  readonly problems: readonly Problem[];
}

const each = <T>(ids: readonly { id: string }[], value: (id: string) => T): Record<string, T> =>
  Object.fromEntries(ids.map((f) => [f.id, value(f.id)]));

export const emptyState = (m: FormModel): CalculatorState => ({
  text: each(m.banded, () => ''),
  band: each(m.banded, () => ''),
  answer: each(m.booleans, () => 'unknown' as Answer),
});

/** The form as the API would receive it from a text form: the same fields, the same rules. */
function formFields(m: CalculatorModel, s: CalculatorState): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const f of m.banded) raw[f.id] = s.text[f.id]!.trim() || s.band[f.id]!;
  for (const f of m.booleans) raw[f.id] = s.answer[f.id] === 'unknown' ? '' : s.answer[f.id]!;
  return raw;
}

/** Scores the form with the shared core, reading fields as text (empty = unknown). */
export function evaluate(m: CalculatorModel, s: CalculatorState): Evaluation {
  const parsed = m.scorer.parse(formFields(m, s), { source: 'text' });
  return parsed.ok
    ? { result: m.scorer.score(parsed.value), problems: [] }
    : { result: null, problems: parsed.problems };
}

/** Reads a yes/no preset with the core's rules; anything else is unknown. */
export function toAnswer(m: CalculatorModel, id: string, raw: unknown): Answer {
  if (raw === null || raw === undefined || raw === '') return 'unknown';
  const parsed = m.scorer.parse({ [id]: raw }, { source: typeof raw === 'string' ? 'text' : 'json' });
  if (!parsed.ok) {
    // The value itself is not echoed: a preset can be patient data.
    if (import.meta.env.DEV) devWarn(`the ${id} preset is not yes, no or unknown; it is left unknown.`);
    return 'unknown';
  }
  const value = (parsed.value as Record<string, boolean | null>)[id];
  return value === null || value === undefined ? 'unknown' : value ? 'yes' : 'no';
}

type Banded = { level: string; value: number | null } | null;
/** What the core reads from text for a banded factor, or null when it cannot read it. */
function readBanded(m: CalculatorModel, id: string, text: string): Banded | undefined {
  const parsed = m.scorer.parse({ [id]: text }, { source: 'text' });
  return parsed.ok ? (parsed.value as Record<string, Banded>)[id] : undefined;
}

/** Reads a banded preset: a band stays a band, anything else is text for the input box. */
export function toBanded(m: CalculatorModel, id: string, raw: unknown): { text: string; band: string } {
  if (raw === null || raw === undefined) return { text: '', band: '' };
  const text = String(raw).trim();
  const read = readBanded(m, id, text);
  // The value itself is not echoed: a preset can be patient data. The box shows it with its error.
  if (import.meta.env.DEV && text && !read) devWarn(`the ${id} preset cannot be read; its box shows why.`);
  return read && read.value === null ? { text: '', band: read.level } : { text, band: '' };
}

/** The state as the public `value`; `typed` gives a typed number's value from its trimmed text. */
function stateValue(m: FormModel, s: CalculatorState, typed: (id: string, text: string) => number | string) {
  const value: CalculatorValues = {};
  for (const f of m.definition.factors) {
    if (f.kind === 'boolean') value[f.id] = s.answer[f.id] === 'unknown' ? null : s.answer[f.id] === 'yes';
    else {
      const text = s.text[f.id]!.trim();
      value[f.id] = text ? typed(f.id, text) : s.band[f.id] || null;
    }
  }
  return value;
}

/** The state as the public `value`, each field read by the core's parser as the API reads a form. */
export const toValue = (m: CalculatorModel, s: CalculatorState): CalculatorValues =>
  stateValue(m, s, (id, text) => {
    const read = readBanded(m, id, text);
    return read ? (read.value ?? read.level) : text;
  });

/** The state as `value` before the engine is here: a typed number is given as typed. */
export const typedValue = (m: FormModel, s: CalculatorState): CalculatorValues => stateValue(m, s, (_, text) => text);

/** A `value` (or a partial one, from the page) as form state; only the model's own fields are read. */
export function fromValue(m: CalculatorModel, value: Partial<CalculatorValues> | null | undefined): CalculatorState {
  const v = value ?? {};
  const own = (id: string) => (Object.hasOwn(v, id) ? v[id] : undefined);
  const banded = m.banded.map((f) => [f.id, toBanded(m, f.id, own(f.id))] as const);
  return {
    text: Object.fromEntries(banded.map(([id, b]) => [id, b.text])),
    band: Object.fromEntries(banded.map(([id, b]) => [id, b.band])),
    answer: each(m.booleans, (id) => toAnswer(m, id, own(id))),
  };
}

/** The band a typed number falls in, for the hint under the box; null when it cannot be read. */
export function bandOf(m: CalculatorModel, id: string, text: string): string | null {
  if (!text.trim()) return null;
  return readBanded(m, id, text)?.level ?? null;
}
