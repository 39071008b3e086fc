import vectors from '../vectors/golden-vectors.json' with { type: 'json' };

/** One golden case: an input as a caller sends it, and either the expected result or the problems. */
export interface GoldenCase {
  group: 'complete' | 'boundary' | 'partial' | 'text' | 'invalid';
  name: string;
  /** Absent when `json` carries the input as raw JSON text (for keys like "__proto__"). */
  input?: unknown;
  json?: string;
  source?: 'text';
  level?: string;
  expected?: {
    complete: boolean;
    points: number | null;
    pointsRange: [number, number];
    riskGroup: string | null;
    possibleRiskGroups: string[];
    risk: number | null;
    horizonYears: number;
    relativeHazard: number | null;
    relativeHazardRange: [number, number];
    whatIf?: {
      adjuvantTherapy: {
        points: number | null;
        pointsRange: [number, number];
        riskGroup: string | null;
        possibleRiskGroups: string[];
        risk: number | null;
        relativeHazard: number | null;
        relativeHazardRange: [number, number];
      };
    };
  };
  problems?: { field: string; code: string }[];
}

export const goldenCases = vectors.cases as GoldenCase[];
export const scoredCases = goldenCases.filter((c) => c.expected);
export const invalidCases = goldenCases.filter((c) => c.problems);

/** The raw value a caller would send for this case. */
export const rawInput = (c: GoldenCase): unknown => (c.json !== undefined ? JSON.parse(c.json) : c.input);

const SUMMARY_KEYS = [
  'points',
  'pointsRange',
  'riskGroup',
  'possibleRiskGroups',
  'risk',
  'relativeHazard',
  'relativeHazardRange',
] as const;
const pick = (from: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(keys.map((k) => [k, from[k]]));

/** The fields of a result that the golden vectors pin, in the vectors' shape: all but breakdown, provenance and stamp. */
export function pinned(scored: object) {
  const result = scored as Record<string, unknown> & { whatIf?: Record<string, Record<string, unknown>> };
  const out = pick(result, ['complete', ...SUMMARY_KEYS, 'horizonYears']);
  const w = result.whatIf?.adjuvantTherapy;
  if (w) out.whatIf = { adjuvantTherapy: pick(w, SUMMARY_KEYS) };
  return out;
}
