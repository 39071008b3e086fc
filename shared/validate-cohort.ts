import { type ConcordanceCounts, concordanceIndex, prepareConcordance } from './concordance.ts';
import type { Scorer } from './create-scorer.ts';
import { type KaplanMeierStep, kaplanMeier, survivalAt } from './kaplan-meier.ts';
import type { ModelDefinition } from './model-definition.ts';
import { numberFromText } from './parse-input.ts';
import type { Problem } from './problem-codes.ts';
import { isRowId } from './score-row.ts';
import type { ModelStamp } from './score-types.ts';
import { seededRandom } from './seeded-random.ts';

export const TIME_UNITS = { months: 1, days: 365.25 / 12, years: 1 / 12 } as const;
export type TimeUnit = keyof typeof TIME_UNITS;
/** Columns of a validation cohort besides the model's fields. */
export const OUTCOME_COLUMNS = ['id', 'time', 'event'] as const;
/** The outcome columns as the core's parser passes them over. */
const OUTCOME_ENVELOPE: ReadonlySet<string> = new Set(OUTCOME_COLUMNS);
/**
 * The outcome columns a validation cannot do without, and what each holds: a CSV whose header
 * lacks one is refused whole, naming it (readCohortCsv), rather than every row excluded.
 */
export const REQUIRED_OUTCOME_COLUMNS = {
  time: 'follow-up until the outcome or the last contact (months unless another unit is given)',
  event: '1 when the outcome happened, 0 when censored',
} as const;
export const BOOTSTRAP_LIMITS = { default: 1000, max: 2000, defaultSeed: 20250101 } as const;

export interface ValidateOptions {
  /** How the rows arrived: JSON keeps types; text (CSV) has only strings. */
  readonly source?: 'json' | 'text';
  readonly bootstrap?: number;
  readonly seed?: number;
  readonly timeUnit?: TimeUnit;
  /** Rows (by 0-based index) that the reader already refused, as a CSV line with the wrong cell count. */
  readonly refused?: ReadonlyMap<number, string>;
  /**
   * Told how far the work is: rows read every 1,000 rows and after the last, then each bootstrap
   * replicate. It only listens: the report is the same with it or without it.
   */
  readonly onProgress?: (progress: ValidationProgress) => void;
}

/** How far a validation is: `done` of `total` rows read (checked and scored), or replicates drawn. */
export interface ValidationProgress {
  readonly stage: 'rows' | 'bootstrap';
  readonly done: number;
  readonly total: number;
}

/** Rows read between two progress reports. */
const PROGRESS_ROWS = 1000;

export type ExclusionReason =
  | 'column_count'
  | 'not_an_object'
  | 'invalid_input'
  | 'incomplete_input'
  | 'missing_time'
  | 'invalid_time'
  | 'invalid_event';

export interface ExcludedRow {
  /** 1-based position among the rows received. */
  readonly row: number;
  readonly id?: string | number;
  readonly reason: ExclusionReason;
  readonly message: string;
  readonly problems?: readonly Problem[];
}

export interface CIndex extends ConcordanceCounts {
  readonly value: number | null;
  /** Seeded percentile bootstrap 95% interval; null without replicates or comparable pairs. */
  readonly lower: number | null;
  readonly upper: number | null;
}

/** Why a group's observed risk at the horizon has no value. */
export type NotEstimable = 'no_patients' | 'follow_up_ends';

export interface GroupValidation {
  readonly id: string;
  readonly n: number;
  readonly events: number;
  /**
   * 1 − Kaplan–Meier at the model's horizon, with its 95% CI. A curve that has reached 0 stays 0,
   * so its risk is 1 however early follow-up ends (its log-scale CI is undefined: null). Otherwise
   * value is null when the group has no patients or its follow-up ends before the horizon, and
   * `notEstimable` says which.
   */
  readonly observedRisk: {
    readonly horizonMonths: number;
    readonly value: number | null;
    readonly lower: number | null;
    readonly upper: number | null;
    /** Why value is null; null when there is a value. */
    readonly notEstimable: NotEstimable | null;
    /** The group's longest follow-up, in the report's time unit; null without patients. */
    readonly followUpEnds: number | null;
  };
  readonly publishedRisk: number;
  /** observedRisk.value / publishedRisk. */
  readonly observedExpected: number | null;
  readonly kaplanMeier: readonly KaplanMeierStep[];
}

export interface CohortValidation {
  readonly rows: { readonly received: number; readonly used: number; readonly excluded: readonly ExcludedRow[] };
  readonly timeUnit: TimeUnit;
  readonly bootstrap: { readonly replicates: number; readonly seed: number };
  readonly cIndex: CIndex;
  readonly cIndexRelativeHazard: CIndex;
  readonly groups: readonly GroupValidation[];
  readonly model: ModelStamp;
}

interface UsedRow {
  readonly time: number;
  readonly event: 0 | 1;
  readonly points: number;
  readonly relativeHazard: number;
  readonly group: string;
}

const numberOf = (raw: unknown): number | undefined =>
  typeof raw === 'number' ? raw : typeof raw === 'string' ? numberFromText(raw) : undefined;
const isBlank = (raw: unknown) => raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');

type Read =
  | { ok: true; row: UsedRow }
  | { ok: false; reason: ExclusionReason; message: string; problems?: readonly Problem[] };

/** One row: used, or the reason it cannot be, checking the factors first, then time and event. */
function readRow(scorer: Scorer<ModelDefinition>, raw: unknown, source: 'json' | 'text'): Read {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reason: 'not_an_object', message: 'The row is not an object of fields.' };
  }
  const { time, event } = raw as Record<string, unknown>;
  const parsed = scorer.parse(raw, { source, envelope: OUTCOME_ENVELOPE });
  if (!parsed.ok)
    return {
      ok: false,
      reason: 'invalid_input',
      message: parsed.problems.map((p) => p.message).join(' '),
      problems: parsed.problems,
    };
  const result = scorer.score(parsed.value);
  if (!result.complete) {
    const unknown = result.breakdown.filter((b) => !b.known).map((b) => b.factor);
    return {
      ok: false,
      reason: 'incomplete_input',
      message: `Unknown: ${unknown.join(', ')}; a validation needs every factor.`,
    };
  }
  if (isBlank(time)) return { ok: false, reason: 'missing_time', message: 'time is missing.' };
  const t = numberOf(time);
  if (t === undefined || !Number.isFinite(t) || t < 0)
    return { ok: false, reason: 'invalid_time', message: 'time must be a number >= 0.' };
  const e = numberOf(event);
  if (e !== 0 && e !== 1)
    return { ok: false, reason: 'invalid_event', message: 'event must be 1 (the outcome happened) or 0 (censored).' };
  return {
    ok: true,
    row: {
      time: t,
      event: e,
      points: result.points!,
      relativeHazard: result.relativeHazard!,
      group: result.riskGroup!,
    },
  };
}

/** R's default (type 7) sample quantile of sorted values. */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]!) - sorted[lo]!);
}

/** The C-index of one score with a seeded percentile bootstrap over the same resampled rows. */
function cIndexes(
  used: readonly UsedRow[],
  replicates: number,
  seed: number,
  onProgress?: ValidateOptions['onProgress'],
): [CIndex, CIndex] {
  const time = used.map((r) => r.time);
  const event = used.map((r) => r.event);
  const scores = [
    prepareConcordance(
      time,
      event,
      used.map((r) => r.points),
    ),
    prepareConcordance(
      time,
      event,
      used.map((r) => r.relativeHazard),
    ),
  ];
  const samples: number[][] = [[], []];
  const next = seededRandom(seed);
  const weights = new Uint32Array(used.length);
  for (let b = 0; b < replicates && used.length; b++) {
    weights.fill(0);
    for (let i = 0; i < used.length; i++) weights[Math.floor(next() * used.length)]!++;
    scores.forEach((s, k) => {
      const c = concordanceIndex(s.count(weights));
      if (c !== null) samples[k]!.push(c);
    });
    onProgress?.({ stage: 'bootstrap', done: b + 1, total: replicates });
  }
  return scores.map((s, k) => {
    const counts = s.count();
    const sorted = samples[k]!.sort((a, b) => a - b);
    const value = concordanceIndex(counts);
    const ci = value !== null && sorted.length ? [quantile(sorted, 0.025), quantile(sorted, 0.975)] : [null, null];
    return { value, lower: ci[0]!, upper: ci[1]!, ...counts };
  }) as [CIndex, CIndex];
}

/**
 * Validates a model on a cohort: Harrell's C of the points and of the relative hazard (with a
 * seeded bootstrap CI), Kaplan–Meier per risk group and the observed risk at the model's horizon
 * next to the published one. Every row is used or excluded with its reason. Pure; same seed, same
 * numbers, bit for bit. Throws a TypeError for a timeUnit it does not know (the API checks it first).
 *
 * @example
 * const v = validateCohort(lms, [{ ki67: 12, vascularInvasion: true, lymphNodeMetastasis: false, adjuvantTherapy: false, time: 30, event: 1 }]);
 * v.rows.used; // 1
 */
export function validateCohort(
  scorer: Scorer<ModelDefinition>,
  rows: readonly unknown[],
  options: ValidateOptions = {},
): CohortValidation {
  const timeUnit = options.timeUnit ?? 'months';
  // An own-property check: a caller's "__proto__" must not reach TIME_UNITS' prototype.
  if (!Object.hasOwn(TIME_UNITS, timeUnit))
    throw new TypeError(`timeUnit must be one of ${Object.keys(TIME_UNITS).join(', ')}.`);
  const replicates = options.bootstrap ?? BOOTSTRAP_LIMITS.default;
  const seed = options.seed ?? BOOTSTRAP_LIMITS.defaultSeed;
  const used: UsedRow[] = [];
  const excluded: ExcludedRow[] = [];
  rows.forEach((raw, i) => {
    const refusal = options.refused?.get(i);
    const read: Read = refusal
      ? { ok: false, reason: 'column_count', message: refusal }
      : readRow(scorer, raw, options.source ?? 'json');
    if (read.ok) used.push(read.row);
    else {
      const given = raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
      const id = isRowId(given) ? { id: given } : {};
      excluded.push({
        row: i + 1,
        ...id,
        reason: read.reason,
        message: read.message,
        ...(read.problems ? { problems: read.problems } : {}),
      });
    }
    const done = i + 1;
    if (options.onProgress && (done % PROGRESS_ROWS === 0 || done === rows.length))
      options.onProgress({ stage: 'rows', done, total: rows.length });
  });
  // Sorted once by time: the sorts inside concordance and Kaplan–Meier then meet sorted runs.
  used.sort((x, y) => x.time - y.time);
  const [cIndex, cIndexRelativeHazard] = cIndexes(used, replicates, seed, options.onProgress);
  const horizonMonths = scorer.definition.horizonYears.value * 12;
  const horizon = horizonMonths * TIME_UNITS[timeUnit];
  const groups = scorer.definition.riskGroups.map((g): GroupValidation => {
    const members = used.filter((r) => r.group === g.id);
    const curve = kaplanMeier(
      members.map((r) => r.time),
      members.map((r) => r.event),
    );
    const last = curve[curve.length - 1];
    // R's survfit gives no value past the last time; a curve at 0 stays 0, so there it is defined.
    const at = survivalAt(curve, horizon) ?? (last?.survival === 0 ? last : null);
    const value = at ? 1 - at.survival : null;
    return {
      id: g.id,
      n: members.length,
      events: members.reduce((s, r) => s + r.event, 0),
      observedRisk: {
        horizonMonths,
        value,
        lower: at?.upper == null ? null : 1 - at.upper,
        upper: at?.lower == null ? null : 1 - at.lower,
        notEstimable: at ? null : last ? 'follow_up_ends' : 'no_patients',
        followUpEnds: last?.time ?? null,
      },
      publishedRisk: g.risk.value,
      observedExpected: value === null ? null : value / g.risk.value,
      kaplanMeier: curve,
    };
  });
  return {
    rows: { received: rows.length, used: used.length, excluded },
    timeUnit,
    bootstrap: { replicates, seed },
    cIndex,
    cIndexRelativeHazard,
    groups,
    model: scorer.stamp,
  };
}
