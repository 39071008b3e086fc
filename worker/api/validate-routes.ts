import type { ModelDefinition, Result, Scorer } from '@lms-score/core';
import { refusedRows } from '@lms-score/core/csv';
import { BOOTSTRAP_LIMITS, readCohortCsv, TIME_UNITS, type TimeUnit, validateCohort } from '@lms-score/core/validate';
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../common/app-env.ts';
import { BATCH_LIMITS, grouped, VALIDATE_WORK } from '../common/limits.ts';
import { cohortTooLarge, type FieldProblem, invalidInput } from '../common/problems.ts';
import { rateLimit } from '../common/rate-limit.ts';
import { NO_STORE } from '../common/response-headers.ts';
import { cohortRequest } from './cohort-request.ts';
import { patientsOf } from './patients-body.ts';

/** The 400 for a bootstrap too large for this many rows, naming the most it allows. */
function tooMuchWork(bootstrap: number, rows: number): Response | null {
  if (bootstrap * rows <= VALIDATE_WORK) return null;
  const most = Math.floor(VALIDATE_WORK / rows);
  return invalidInput([
    {
      field: 'bootstrap',
      code: 'invalid_parameter',
      message: `bootstrap × rows is at most ${grouped(VALIDATE_WORK)} per request: for ${rows} rows, send bootstrap=${most} or fewer, or use the /validate page, which has no such limit.`,
    },
  ]);
}

const ADVICE = 'Validate a larger cohort on your own machine.';
const tooLarge = (what: string) => cohortTooLarge(what, ADVICE);

/** The validation's query parameters (openapi.json lists each). */
const VALIDATE_PARAMS = ['bootstrap', 'seed', 'timeUnit'];

/** The query's bootstrap, seed and timeUnit, or the problems naming each bad one. */
function readOptions(
  query: URLSearchParams,
): Result<{ bootstrap: number; seed: number; timeUnit: TimeUnit }, FieldProblem> {
  const problems: FieldProblem[] = [];
  const whole = (name: string, fallback: number, max: number) => {
    const raw = query.get(name);
    if (raw === null) return fallback;
    if (/^\d{1,10}$/.test(raw) && Number(raw) <= max) return Number(raw);
    problems.push({
      field: name,
      code: 'invalid_parameter',
      message: `${name} must be a whole number from 0 to ${max}; got ${JSON.stringify(raw.slice(0, 20))}.`,
    });
    return fallback;
  };
  const bootstrap = whole('bootstrap', BOOTSTRAP_LIMITS.default, BOOTSTRAP_LIMITS.max);
  const seed = whole('seed', BOOTSTRAP_LIMITS.defaultSeed, 2 ** 32 - 1);
  const unit = query.get('timeUnit') ?? 'months';
  if (!Object.hasOwn(TIME_UNITS, unit)) {
    problems.push({
      field: 'timeUnit',
      code: 'invalid_parameter',
      message: `timeUnit must be one of ${Object.keys(TIME_UNITS).join(', ')}.`,
    });
  }
  return problems.length
    ? { ok: false, problems }
    : { ok: true, value: { bootstrap, seed, timeUnit: unit as TimeUnit } };
}

/**
 * POST /validate for one model (mounted at /v1/<model id>): a cohort with outcomes, as CSV (the
 * batch columns plus `time` and `event`) or JSON ({"patients": [...]}). Answers the C-index with a
 * seeded bootstrap CI, Kaplan–Meier by risk group and observed vs published risk at the horizon;
 * every row is used or excluded with its reason. Nothing is stored.
 *
 * @example
 * app.route('/v1/lms', validateRoutes(lms));
 */
export const validateRoutes = (scorer: Scorer<ModelDefinition>) =>
  new Hono<AppEnv>().use('/validate', rateLimit('BATCH_LIMITER')).post('/validate', async (c) => {
    const read = await cohortRequest(c.req.raw, {
      params: VALIDATE_PARAMS,
      readQuery: readOptions,
      unsupported: 'Send text/csv (the batch columns plus time and event) or application/json ({"patients": [...]}).',
      advice: ADVICE,
    });
    if (read instanceof Response) return read;
    const { text, query: options } = read;
    if (read.csv) {
      // A header without time or event is a 400 naming each (readCohortCsv), not every row excluded.
      const csv = readCohortCsv(scorer, text, BATCH_LIMITS.columns);
      if (!csv.ok) return invalidInput(csv.problems);
      if (csv.value.count > BATCH_LIMITS.rows) return tooLarge(`${csv.value.count} rows were sent`);
      const work = tooMuchWork(options.bootstrap, csv.value.count);
      if (work) return work;
      const table = csv.value.rows();
      const refused = refusedRows(table);
      const rows = table.map((r) => r.fields);
      return c.json(validateCohort(scorer, rows, { ...options, source: 'text', refused }), 200, NO_STORE);
    }
    const body = patientsOf(text, VALIDATE_PARAMS);
    if (!body.ok) return invalidInput(body.problems);
    const patients = body.value;
    if (patients.length > BATCH_LIMITS.rows) return tooLarge(`${patients.length} patients were sent`);
    const work = tooMuchWork(options.bootstrap, patients.length);
    if (work) return work;
    return c.json(validateCohort(scorer, patients, { ...options, source: 'json' }), 200, NO_STORE);
  });
