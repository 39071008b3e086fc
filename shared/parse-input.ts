import { type CompiledFactor, type CompiledModel, normaliseBand } from './compile-model.ts';
import { shownValue, squashedName } from './field-names.ts';
import type { Problem } from './problem-codes.ts';
import type { ParseOptions, ParseResult } from './score-types.ts';

// Keys that could reach a prototype if some caller later copied the input carelessly.
export const FORBIDDEN: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
// No two adjacent parts can match the same digits, so a long non-number fails in linear time
// (the older /\d+\.?\d*/ backtracked quadratically: 40,000 digits took 0.8 s).
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * A decimal number written out ("12", "-0.5", "1e3"), or undefined: never hex, binary, "1_0" or
 * "Infinity", which Number() would read. The one grammar for numbers typed as text.
 *
 * @example
 * numberFromText(' 12.5 '); // 12.5
 * numberFromText('0x10'); // undefined
 */
export const numberFromText = (text: string): number | undefined => {
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? Number(trimmed) : undefined;
};
const BOOLEANS = new Map<string, boolean>([
  ['true', true],
  ['yes', true],
  ['y', true],
  ['1', true],
  ['是', true],
  ['false', false],
  ['no', false],
  ['n', false],
  ['0', false],
  ['否', false],
]);
// A hostile input can hold a hundred thousand wrong keys: listing each would make the answer many
// times larger than the request. Past this many, one problem counts the rest.
const MAX_LISTED = 20;
/** Sentinel for "this field is unknown", distinct from any parsed value. */
const UNKNOWN = null;

function unknownField(model: CompiledModel, key: string): Problem {
  const near = model.factors.find((f) => squashedName(f.id) === squashedName(key));
  const hint = near ? ` Did you mean "${near.id}"?` : '';
  const names = model.factors.map((f) => f.id).join(', ');
  return {
    field: key,
    code: 'unknown_field',
    message: `Unknown field ${shownValue(key)}.${hint} Fields are: ${names}.`,
  };
}

type FieldResult = { readonly value: unknown } | Problem;
// The answers most fields get, made once: parse allocates nothing for them on the hot path.
const AS_UNKNOWN: FieldResult = { value: UNKNOWN };
const AS_YES: FieldResult = { value: true };
const AS_NO: FieldResult = { value: false };
const asBoolean = (value: boolean): FieldResult => (value ? AS_YES : AS_NO);

function parseBanded(factor: CompiledFactor, raw: string | number): FieldResult {
  const def = factor.definition;
  if (def.kind !== 'banded') throw new Error('unreachable');
  const field = factor.id;
  let value = raw as number;
  if (typeof raw === 'string') {
    const text = raw.trim();
    // "12%" and "12 %" alike
    const number = numberFromText(text.endsWith('%') ? text.slice(0, -1) : text);
    if (number !== undefined) value = number;
    else {
      const band = factor.bandAliases.get(normaliseBand(raw));
      if (band !== undefined) return { value: { level: band, value: null } };
      const bands = def.levels.map((l) => l.id).join(', ');
      return {
        field,
        code: 'invalid_number',
        message: `${field} must be a number from ${def.min} to ${def.max} or a band (${bands}); got ${shownValue(raw)}.`,
      };
    }
  }
  if (!Number.isFinite(value))
    return { field, code: 'not_finite', message: `${field} must be a finite number; got ${shownValue(raw)}.` };
  if (value < def.min || value > def.max) {
    return {
      field,
      code: 'out_of_range',
      message: `${field} must be from ${def.min} to ${def.max} ${def.unit}; got ${shownValue(raw)}.`,
    };
  }
  value += 0; // -0 becomes 0: JSON cannot carry -0, so the API and the core would disagree
  for (const level of def.levels) {
    const bound = level.upperBound;
    if (!bound || value < bound.value || (bound.inclusive && value === bound.value))
      return { value: { level: level.id, value } };
  }
  throw new Error(`${field}: bands do not cover ${value}`);
}

function parseField(factor: CompiledFactor, raw: unknown, text: boolean): FieldResult {
  const field = factor.id;
  if (raw === null || raw === undefined) return AS_UNKNOWN;
  const word = typeof raw === 'string' ? raw.trim() : undefined;
  if (word === '') {
    return text
      ? AS_UNKNOWN
      : { field, code: 'empty', message: `${field} is an empty string; send null or leave it out when unknown.` };
  }
  if (word?.length === 7 && word.toLowerCase() === 'unknown') return AS_UNKNOWN;
  if (factor.definition.kind === 'banded') {
    if (typeof raw === 'number' || typeof raw === 'string') return parseBanded(factor, raw);
    return {
      field,
      code: 'invalid_type',
      message: `${field} must be a number or a band string; got ${Array.isArray(raw) ? 'an array' : typeof raw}.`,
    };
  }
  if (typeof raw === 'boolean') return asBoolean(raw);
  if (raw === 1 || raw === 0) return asBoolean(raw === 1);
  const parsed = word === undefined ? undefined : (BOOLEANS.get(word) ?? BOOLEANS.get(word.toLowerCase()));
  if (parsed !== undefined) return asBoolean(parsed);
  if (typeof raw === 'object') {
    return {
      field,
      code: 'invalid_type',
      message: `${field} must be true or false; got ${Array.isArray(raw) ? 'an array' : 'an object'}.`,
    };
  }
  return {
    field,
    code: 'invalid_boolean',
    message: `${field} must be true/false, yes/no or 1/0 (or null when unknown); got ${shownValue(raw)}.`,
  };
}

/**
 * Reads raw values as they arrive (JSON body, query string, form, CSV row) into a typed input.
 * Never throws: anything it cannot read comes back as problems naming the field.
 */
export function parseInput<I>(model: CompiledModel, raw: unknown, options?: ParseOptions): ParseResult<I> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const got = raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw;
    return {
      ok: false,
      problems: [
        {
          field: 'input',
          code: 'invalid_type',
          message: `Input must be an object with fields ${model.factors.map((f) => f.id).join(', ')}; got ${got}.`,
        },
      ],
    };
  }
  const text = options?.source === 'text';
  // A copy of one object of the model's shape: every factor unknown, one hidden class for all inputs.
  const input: Record<string, unknown> = { ...model.emptyInput };
  let problems: Problem[] | undefined;
  let unlisted = 0;
  const record = raw as Record<string, unknown>;
  const keys = Object.keys(record);
  const { factors } = model;
  const envelope = options?.envelope;
  for (let k = 0, at = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (envelope?.has(key)) continue;
    // Inputs mostly name the factors in the model's order: a string compare finds those.
    const factor = factors[at]?.id === key ? factors[at] : model.factorById.get(key);
    at++;
    if (!factor && problems && problems.length >= MAX_LISTED) {
      unlisted++; // counted, not described: describing costs more than the key did
      continue;
    }
    // No factor is named as a forbidden key (compileModel refuses it): only other keys are checked.
    let result: FieldResult;
    if (factor) result = parseField(factor, record[key], text);
    else if (FORBIDDEN.has(key))
      result = { field: key, code: 'forbidden_field', message: `Field ${shownValue(key)} is not allowed.` };
    else result = unknownField(model, key);
    if ('value' in result) input[key] = result.value;
    else {
      problems ??= [];
      if (problems.length < MAX_LISTED) problems.push(result);
      else unlisted++;
    }
  }
  if (problems && unlisted) {
    problems.push({
      field: 'input',
      code: 'too_many_problems',
      message: `${unlisted} more problems like these are not listed; correct the ones above first.`,
    });
  }
  return problems ? { ok: false, problems } : { ok: true, value: input as I };
}
