import { type LmsResult, lms, parse, score } from '../shared/lms.ts';
import type { BandedFactorDefinition } from '../shared/model-definition.ts';
import type { Problem } from '../shared/problem-codes.ts';
import { devWarn } from './dev-warn.ts';
import type { Answer, BooleanFactor } from './locales/locale-strings.ts';

/** What the form holds. Everything starts unknown: no silent defaults. */
export interface CalculatorState {
  /** Ki-67 as typed (a percentage); takes precedence over the band. */
  readonly ki67Text: string;
  /** A band id chosen instead of a number, or ''. */
  readonly ki67Band: string;
  readonly vascularInvasion: Answer;
  readonly lymphNodeMetastasis: Answer;
  readonly adjuvantTherapy: Answer;
}

/** The element's `value`: the API's field names and value forms; null is unknown. */
export interface CalculatorValue {
  /** The number or band the core read, or the text as typed when the core cannot read it. */
  ki67: number | string | null;
  vascularInvasion: boolean | null;
  lymphNodeMetastasis: boolean | null;
  adjuvantTherapy: boolean | null;
}

const factors = lms.definition.factors;
/** The model's yes/no factors, in its order. */
export const BOOLEAN_FACTORS = factors.filter((f) => f.kind === 'boolean').map((f) => f.id) as BooleanFactor[];
/** The model's banded factor (Ki-67): its bands and limits label the form. */
export const ki67Factor = factors.find(
  (f): f is Extract<(typeof factors)[number], BandedFactorDefinition> => f.kind === 'banded',
)!;
/** Highest total the model can give. */
export const maxPoints = lms.definition.riskGroups[lms.definition.riskGroups.length - 1]!.maxPoints.value;

export const EMPTY_STATE: CalculatorState = {
  ki67Text: '',
  ki67Band: '',
  vascularInvasion: 'unknown',
  lymphNodeMetastasis: 'unknown',
  adjuvantTherapy: 'unknown',
};

export interface Evaluation {
  readonly result: LmsResult | null;
  readonly problems: readonly Problem[];
}

const answerToText = (a: Answer) => (a === 'unknown' ? '' : a);

/** The form as the API would receive it from a text form: the same parser, the same rules. */
const parseState = (state: CalculatorState) =>
  parse(
    {
      ki67: state.ki67Text.trim() || state.ki67Band,
      vascularInvasion: answerToText(state.vascularInvasion),
      lymphNodeMetastasis: answerToText(state.lymphNodeMetastasis),
      adjuvantTherapy: answerToText(state.adjuvantTherapy),
    },
    { source: 'text' },
  );

/** Scores the form with the shared core, reading fields as text (empty = unknown). */
export function evaluate(state: CalculatorState): Evaluation {
  const parsed = parseState(state);
  return parsed.ok ? { result: score(parsed.input), problems: [] } : { result: null, problems: parsed.problems };
}

/** Reads one preset (attribute text or property value) into an answer with the core's boolean rules; anything else is unknown. */
export function toAnswer(raw: unknown, name = 'preset'): Answer {
  if (raw === null || raw === undefined || raw === '') return 'unknown';
  const parsed = parse({ vascularInvasion: raw }, { source: typeof raw === 'string' ? 'text' : 'json' });
  if (!parsed.ok) {
    // The value itself is not echoed: a preset can be patient data.
    if (import.meta.env.DEV) devWarn(`the ${name} preset is not yes, no or unknown; it is left unknown.`);
    return 'unknown';
  }
  if (parsed.input.vascularInvasion === null) return 'unknown';
  return parsed.input.vascularInvasion ? 'yes' : 'no';
}

/** Reads a Ki-67 preset: a band id stays a band, anything else is text for the input box. */
export function toKi67(raw: unknown): Pick<CalculatorState, 'ki67Text' | 'ki67Band'> {
  if (raw === null || raw === undefined) return { ki67Text: '', ki67Band: '' };
  const text = String(raw).trim();
  const parsed = parse({ ki67: text }, { source: 'text' });
  if (parsed.ok && parsed.input.ki67 && parsed.input.ki67.value === null)
    return { ki67Text: '', ki67Band: parsed.input.ki67.level };
  return { ki67Text: text, ki67Band: '' };
}

/** The state as the public `value`, read by the core's parser exactly as the API reads a form. */
export function toValue(state: CalculatorState): CalculatorValue {
  const text = state.ki67Text.trim();
  const ki67 = text ? parse({ ki67: text }, { source: 'text' }) : null;
  const read = ki67?.ok ? ki67.input.ki67 : null;
  const asBool = (a: Answer) => (a === 'unknown' ? null : a === 'yes');
  return {
    ki67: text ? (read ? (read.value ?? read.level) : text) : state.ki67Band || null,
    vascularInvasion: asBool(state.vascularInvasion),
    lymphNodeMetastasis: asBool(state.lymphNodeMetastasis),
    adjuvantTherapy: asBool(state.adjuvantTherapy),
  };
}

/** A `value` (or a partial one) as form state. */
export function fromValue(value: Partial<CalculatorValue> | null | undefined): CalculatorState {
  const v = value ?? {};
  return {
    ...toKi67(v.ki67),
    vascularInvasion: toAnswer(v.vascularInvasion, 'vascularInvasion'),
    lymphNodeMetastasis: toAnswer(v.lymphNodeMetastasis, 'lymphNodeMetastasis'),
    adjuvantTherapy: toAnswer(v.adjuvantTherapy, 'adjuvantTherapy'),
  };
}

/** The band a typed Ki-67 falls in, for the hint under the box; null when not a valid number. */
export function bandOf(ki67Text: string): string | null {
  if (!ki67Text.trim()) return null;
  const parsed = parse({ ki67: ki67Text }, { source: 'text' });
  return parsed.ok && parsed.input.ki67 ? parsed.input.ki67.level : null;
}
