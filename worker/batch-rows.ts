import type { Scorer } from '../shared/create-scorer.ts';
import type { ModelDefinition } from '../shared/model-definition.ts';
import type { ScoreResult } from '../shared/score-types.ts';
import { allProblems, type FieldProblem } from './problems.ts';

export type RowId = string | number;
export type BatchRow = { id?: RowId; result: ScoreResult } | { id?: RowId; errors: FieldProblem[] };

/**
 * Scores one batch row. `id` is echoed, never scored; a bad row becomes an errors row and never
 * fails the batch.
 */
export function scoreRow(
  { parse, score }: Scorer<ModelDefinition>,
  raw: unknown,
  source: 'json' | 'text',
  extra: FieldProblem[] = [],
): BatchRow {
  let id: RowId | undefined;
  let fields = raw;
  const problems = [...extra];
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && Object.hasOwn(raw, 'id')) {
    // Rest copies own keys as data properties, so an own "__proto__" key still reaches the core.
    const { id: given, ...rest } = raw as Record<string, unknown>;
    fields = rest;
    if (typeof given === 'string' || (typeof given === 'number' && Number.isFinite(given))) id = given;
    else if (given !== null && given !== undefined)
      problems.push({ field: 'id', code: 'invalid_type', message: 'id must be a string or a number.' });
  }
  const parsed = parse(fields, { source });
  const withId = id === undefined ? {} : { id };
  const errors = allProblems(problems, parsed);
  if (!parsed.ok || errors.length) return { ...withId, errors };
  return { ...withId, result: score(parsed.input) };
}
