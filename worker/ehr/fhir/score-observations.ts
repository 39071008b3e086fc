import type { ModelDefinition, ScoreResult, Scorer } from '@lms-score/core';
import type { FoundFactor, ObservationReading } from './read-observations.ts';

export interface ScoredObservations {
  /** Null when no factor was found (or none could be used). */
  readonly result: ScoreResult | null;
  /** The factors that were scored, with the Observation each came from. */
  readonly used: readonly FoundFactor[];
  readonly problems: readonly string[];
}

/**
 * Scores what was read from the Observations. A value the core refuses (a Ki-67 of 150%) leaves
 * its factor unknown and is reported beside the reading's own problems; the rest is still scored.
 */
export function scoreObservations(scorer: Scorer<ModelDefinition>, reading: ObservationReading): ScoredObservations {
  const raw = { ...reading.raw };
  const problems = [...reading.problems];
  let parsed = scorer.parse(raw);
  if (!parsed.ok) {
    for (const p of parsed.problems) {
      problems.push(
        `${p.message} (from ${reading.found.find((f) => f.factor === p.field)?.reference ?? 'an Observation'})`,
      );
      delete raw[p.field];
    }
    parsed = scorer.parse(raw);
  }
  const used = reading.found.filter((f) => Object.hasOwn(raw, f.factor));
  if (!parsed.ok || used.length === 0) return { result: null, used: [], problems };
  return { result: scorer.score(parsed.value), used, problems };
}
