import { type LmsResult, lms, parse, score } from '../shared/lms.ts';
import type { Problem } from '../shared/problem-codes.ts';
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
  ki67: number | string | null;
  vascularInvasion: boolean | null;
  lymphNodeMetastasis: boolean | null;
  adjuvantTherapy: boolean | null;
}

export const BOOLEAN_FACTORS: readonly BooleanFactor[] = ['vascularInvasion', 'lymphNodeMetastasis', 'adjuvantTherapy'];

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

/** Scores the form with the shared core, reading fields as text (empty = unknown). */
export function evaluate(state: CalculatorState): Evaluation {
  const parsed = parse(
    {
      ki67: state.ki67Text.trim() || state.ki67Band,
      vascularInvasion: answerToText(state.vascularInvasion),
      lymphNodeMetastasis: answerToText(state.lymphNodeMetastasis),
      adjuvantTherapy: answerToText(state.adjuvantTherapy),
    },
    { source: 'text' },
  );
  return parsed.ok ? { result: score(parsed.input), problems: [] } : { result: null, problems: parsed.problems };
}

/** Reads one preset (attribute text or property value) into an answer with the core's boolean rules; anything else is unknown. */
export function toAnswer(raw: unknown): Answer {
  if (raw === null || raw === undefined || raw === '') return 'unknown';
  const parsed = parse({ vascularInvasion: raw }, { source: typeof raw === 'string' ? 'text' : 'json' });
  if (!parsed.ok || parsed.input.vascularInvasion === null) return 'unknown';
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

/** The state as the public `value`. */
export function toValue(state: CalculatorState): CalculatorValue {
  const text = state.ki67Text.trim();
  const number = Number(text);
  const asBool = (a: Answer) => (a === 'unknown' ? null : a === 'yes');
  return {
    ki67: text ? (Number.isFinite(number) ? number : text) : state.ki67Band || null,
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
    vascularInvasion: toAnswer(v.vascularInvasion),
    lymphNodeMetastasis: toAnswer(v.lymphNodeMetastasis),
    adjuvantTherapy: toAnswer(v.adjuvantTherapy),
  };
}

/** The band a typed Ki-67 falls in, for the hint under the box; null when not a valid number. */
export function bandOf(ki67Text: string): string | null {
  if (!ki67Text.trim()) return null;
  const parsed = parse({ ki67: ki67Text }, { source: 'text' });
  return parsed.ok && parsed.input.ki67 ? parsed.input.ki67.level : null;
}

/** The model's Ki-67 factor (bands, limits), for labels. */
export const ki67Factor = lms.definition.factors[0];
/** Highest total the model can give. */
export const maxPoints = lms.definition.riskGroups[lms.definition.riskGroups.length - 1]!.maxPoints.value;
