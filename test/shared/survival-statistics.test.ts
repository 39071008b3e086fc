import { describe, expect, it } from 'vitest';
import { concordanceIndex, prepareConcordance } from '../../shared/concordance.ts';
import { kaplanMeier, survivalAt } from '../../shared/kaplan-meier.ts';
import { parse, score } from '../../shared/lms.ts';
import fixtures from '../vectors/survival/survival-fixtures.json' with { type: 'json' };

// Every expected number below comes from R's survival package (make-survival-fixtures.R).
type Step = {
  time: number;
  atRisk: number;
  events: number;
  censored: number;
  survival: number;
  stdErr: number | null;
  lower: number | null;
  upper: number | null;
};
const close = (actual: number | null, expected: number | null, what: string) => {
  if (expected === null) expect(actual, what).toBeNull();
  else expect(Math.abs(actual! - expected), `${what}: ${actual} vs R ${expected}`).toBeLessThan(1e-9);
};
function expectSteps(actual: readonly Step[], expected: readonly Step[], what: string) {
  expect(
    actual.map((s) => [s.time, s.atRisk, s.events, s.censored]),
    what,
  ).toEqual(expected.map((s) => [s.time, s.atRisk, s.events, s.censored]));
  actual.forEach((s, i) => {
    const e = expected[i]!;
    for (const k of ['survival', 'stdErr', 'lower', 'upper'] as const) close(s[k], e[k], `${what} t=${s.time} ${k}`);
  });
}
const countsOf = ({ value: _value, ...counts }: { value: number }) => counts;

describe("Harrell's C and Kaplan–Meier agree with R's survival", () => {
  it('counts concordance on lung ~ ph.ecog exactly as R (8392 / 4258 / 7137 / 21 / 7, C = 0.6044625)', () => {
    const { time, event, score: x, concordance } = fixtures.lung;
    const counts = prepareConcordance(time, event, x).count();
    expect(counts).toEqual(countsOf(concordance));
    expect(counts).toEqual({ concordant: 8392, discordant: 4258, tiedRisk: 7137, tiedTime: 21, tiedBoth: 7 });
    close(concordanceIndex(counts), 0.6044625259008, 'C');
  });

  it("estimates lung's overall curve step for step: S(364) = 0.4092416, median 310", () => {
    const { time, event, steps, survivalAt364 } = fixtures.lung.kmAll;
    const km = kaplanMeier(time, event);
    expectSteps(km, steps as Step[], 'lung');
    close(survivalAt(km, 364)!.survival, survivalAt364, 'S(364)');
    expect(km.find((s) => s.survival <= 0.5)!.time).toBe(fixtures.lung.kmAll.median);
  });

  it.each(fixtures.cohorts.map((c) => [c.name, c] as const))(
    '%s: points, relative hazards, counts and curves as R',
    (_name, cohort) => {
      const scored = cohort.rows.map(({ time: _t, event: _e, ...fields }) => {
        const parsed = parse(fields);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        return score(parsed.value);
      });
      expect(scored.map((r) => r.points)).toEqual(cohort.points);
      expect(scored.map((r) => r.relativeHazard)).toEqual(cohort.relativeHazard);
      const time = cohort.rows.map((r) => r.time);
      const event = cohort.rows.map((r) => r.event);
      expect(prepareConcordance(time, event, cohort.points).count()).toEqual(countsOf(cohort.concordancePoints));
      expect(prepareConcordance(time, event, cohort.relativeHazard).count()).toEqual(
        countsOf(cohort.concordanceRelativeHazard),
      );
      for (const [group, expected] of Object.entries(cohort.kaplanMeier)) {
        const rows = scored
          .map((r, i) => [r.riskGroup, i] as const)
          .filter(([g]) => g === group)
          .map(([, i]) => i);
        const km = kaplanMeier(
          rows.map((i) => time[i]!),
          rows.map((i) => event[i]!),
        );
        expectSteps(km, expected.steps as Step[], `${cohort.name} ${group}`);
        const at60 = survivalAt(km, 60);
        if (expected.survivalAt60 === null) expect(at60).toBeNull();
        else {
          close(at60!.survival, expected.survivalAt60.survival, 'S(60)');
          close(at60!.lower, expected.survivalAt60.lower, 'S(60) lower');
          close(at60!.upper, expected.survivalAt60.upper, 'S(60) upper');
        }
      }
    },
  );

  it('counts a bootstrap weight as that many copies of the row', () => {
    const time = [1, 1, 2, 3, 3, 4];
    const event = [1, 0, 1, 1, 0, 1];
    const x = [2, 1, 3, 1, 2, 0];
    const weights = [2, 0, 1, 3, 1, 2];
    const copies = (a: number[]) => a.flatMap((v, i) => Array(weights[i]).fill(v) as number[]);
    expect(prepareConcordance(time, event, x).count(weights)).toEqual(
      prepareConcordance(copies(time), copies(event), copies(x)).count(),
    );
  });
});
