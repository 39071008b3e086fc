import { describe, expect, it } from 'vitest';
import { readCohortCsv } from '../../shared/cohort-csv.ts';
import { lms } from '../../shared/lms.ts';
import { validateCohort } from '../../shared/validate-cohort.ts';
import fixtures from '../vectors/survival/survival-fixtures.json' with { type: 'json' };

const complete = { ki67: 12, vascularInvasion: true, lymphNodeMetastasis: false, adjuvantTherapy: false };

describe('validating the score on a cohort', () => {
  it('accounts for every row: used, or excluded with its reason and the parser problems', () => {
    const rows = [
      { ...complete, time: 10, event: 1, id: 'ok' },
      { ...complete, ki67: 'x', time: 10, event: 1, id: 'bad-ki67' },
      { ki67: 12, time: 10, event: 0, id: 7 },
      { ...complete, event: 1 },
      { ...complete, time: -1, event: 1 },
      { ...complete, time: 'soon', event: 1 },
      { ...complete, time: 5, event: 2 },
      { ...complete, time: 5, event: true },
      'not a row',
      { ...complete, time: 0, event: 0 },
    ];
    const v = validateCohort(lms, rows, { bootstrap: 0 });
    expect(v.rows.received).toBe(10);
    expect(v.rows.used).toBe(2);
    expect(v.rows.excluded.map((e) => [e.row, e.reason])).toEqual([
      [2, 'invalid_input'],
      [3, 'incomplete_input'],
      [4, 'missing_time'],
      [5, 'invalid_time'],
      [6, 'invalid_time'],
      [7, 'invalid_event'],
      [8, 'invalid_event'],
      [9, 'not_an_object'],
    ]);
    expect(v.rows.excluded[0]).toMatchObject({ id: 'bad-ki67', problems: [{ field: 'ki67', code: 'invalid_number' }] });
    expect(v.rows.excluded[1]).toMatchObject({ id: 7 });
    expect(v.rows.used + v.rows.excluded.length).toBe(v.rows.received);
  });

  it("gives R's counts, curves and 5-year observed risks for a cohort", () => {
    for (const cohort of fixtures.cohorts) {
      const v = validateCohort(lms, cohort.rows, { bootstrap: 0 });
      expect(v.rows.used).toBe(cohort.rows.length);
      const { value, ...counts } = cohort.concordancePoints;
      expect(v.cIndex).toMatchObject(counts);
      expect(Math.abs(v.cIndex.value! - value)).toBeLessThan(1e-9);
      for (const g of v.groups) {
        const r = (
          cohort.kaplanMeier as Record<
            string,
            { survivalAt60: { survival: number; lower: number; upper: number } | null }
          >
        )[g.id];
        const lastStep = g.kaplanMeier[g.kaplanMeier.length - 1];
        if (!r) expect(g.n).toBe(0);
        // R's survfit has no value past the last time; a curve at 0 has one: the risk is 1.
        else if (r.survivalAt60 === null) expect(g.observedRisk.value).toBe(lastStep?.survival === 0 ? 1 : null);
        else {
          expect(Math.abs(g.observedRisk.value! - (1 - r.survivalAt60.survival))).toBeLessThan(1e-9);
          expect(Math.abs(g.observedRisk.lower! - (1 - r.survivalAt60.upper))).toBeLessThan(1e-9);
          expect(Math.abs(g.observedExpected! - g.observedRisk.value! / g.publishedRisk)).toBeLessThan(1e-12);
        }
      }
    }
  });

  it('gives the same bootstrap interval for the same seed, bit for bit, and reports the seed', () => {
    const rows = fixtures.cohorts[0]!.rows;
    const a = validateCohort(lms, rows, { bootstrap: 200, seed: 42 });
    const b = validateCohort(lms, rows, { bootstrap: 200, seed: 42 });
    const c = validateCohort(lms, rows, { bootstrap: 200, seed: 43 });
    expect([a.cIndex.lower, a.cIndex.upper]).toEqual([b.cIndex.lower, b.cIndex.upper]);
    expect([a.cIndex.lower, a.cIndex.upper]).not.toEqual([c.cIndex.lower, c.cIndex.upper]);
    expect(a.bootstrap).toEqual({ replicates: 200, seed: 42 });
    expect(a.cIndex.lower!).toBeLessThan(a.cIndex.value!);
    expect(a.cIndex.upper!).toBeGreaterThan(a.cIndex.value!);
    expect(validateCohort(lms, rows, { bootstrap: 0 }).cIndex).toMatchObject({ lower: null, upper: null });
  });

  it('reads time in days or years against the same 60-month horizon', () => {
    const cohort = fixtures.cohorts.find((c) => Object.values(c.kaplanMeier).some((g) => g.survivalAt60))!;
    const months = validateCohort(lms, cohort.rows, { bootstrap: 0 });
    const inDays = cohort.rows.map((r) => ({ ...r, time: (r.time * 365.25) / 12 }));
    const days = validateCohort(lms, inDays, { bootstrap: 0, timeUnit: 'days' });
    expect(days.groups.map((g) => g.observedRisk.value)).toEqual(months.groups.map((g) => g.observedRisk.value));
    expect(days.groups[0]!.observedRisk.horizonMonths).toBe(60);
  });

  it('reads CSV text: numbers as strings, an empty cell as unknown', () => {
    const v = validateCohort(
      lms,
      [
        {
          ki67: '12',
          vascularInvasion: 'yes',
          lymphNodeMetastasis: 'no',
          adjuvantTherapy: 'no',
          time: '30',
          event: '1',
        },
        { ki67: '', vascularInvasion: 'yes', lymphNodeMetastasis: 'no', adjuvantTherapy: 'no', time: '30', event: '0' },
      ],
      { source: 'text', bootstrap: 0 },
    );
    expect(v.rows.used).toBe(1);
    expect(v.rows.excluded[0]).toMatchObject({ row: 2, reason: 'incomplete_input' });
  });

  describe('the observed risk at the horizon, or why there is none', () => {
    const high = { ki67: 25, vascularInvasion: true, lymphNodeMetastasis: true, adjuvantTherapy: false };
    const low = { ki67: 1, vascularInvasion: false, lymphNodeMetastasis: false, adjuvantTherapy: true };
    const group = (v: ReturnType<typeof validateCohort>, id: string) => v.groups.find((g) => g.id === id)!;

    it('says "no patients" for a group nobody falls in, not that follow-up is short', () => {
      const v = validateCohort(lms, [{ ...high, time: 70, event: 0 }], { bootstrap: 0 });
      expect(group(v, 'low').observedRisk).toMatchObject({
        value: null,
        notEstimable: 'no_patients',
        followUpEnds: null,
      });
      expect(group(v, 'low').observedExpected).toBeNull();
    });

    it('gives a risk of 1 when every patient had the event before the horizon: the curve stays at 0', () => {
      const rows = [10, 20, 30].map((time) => ({ ...high, time, event: 1 }));
      const g = group(validateCohort(lms, rows, { bootstrap: 0 }), 'high');
      expect(g.kaplanMeier.at(-1)).toMatchObject({ time: 30, survival: 0 });
      expect(g.observedRisk).toMatchObject({
        value: 1,
        lower: null,
        upper: null,
        notEstimable: null,
        followUpEnds: 30,
      });
      expect(g.observedExpected).toBeCloseTo(1 / 0.497, 12);
    });

    it('says where follow-up ends, in the unit given, when the curve stops above 0 before the horizon', () => {
      const rows = [
        { ...low, time: 12, event: 1 },
        { ...low, time: 48, event: 0 },
      ];
      expect(group(validateCohort(lms, rows, { bootstrap: 0 }), 'low').observedRisk).toMatchObject({
        value: null,
        notEstimable: 'follow_up_ends',
        followUpEnds: 48,
      });
      const inDays = rows.map((r) => ({ ...r, time: r.time * 30 }));
      expect(group(validateCohort(lms, inDays, { bootstrap: 0, timeUnit: 'days' }), 'low').observedRisk).toMatchObject({
        notEstimable: 'follow_up_ends',
        followUpEnds: 1440,
      });
    });

    it('has a value and no reason once follow-up reaches the horizon', () => {
      const rows = [
        { ...low, time: 12, event: 1 },
        { ...low, time: 60, event: 0 },
        { ...low, time: 61, event: 0 },
      ];
      const { observedRisk } = group(validateCohort(lms, rows, { bootstrap: 0 }), 'low');
      expect(observedRisk).toMatchObject({ notEstimable: null, followUpEnds: 61 });
      expect(observedRisk.value).toBeCloseTo(1 / 3, 12);
    });
  });

  it('refuses a time unit it does not know, prototype names included', () => {
    for (const unit of ['weeks', '__proto__', 'constructor']) {
      expect(() => validateCohort(lms, [], { timeUnit: unit as never })).toThrow(TypeError);
    }
  });
});

describe("a cohort's CSV (readCohortCsv, the rule lms validate, the API and /validate share)", () => {
  const FACTORS = 'ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy';

  it('refuses a header without time and event, naming each missing column', () => {
    const read = readCohortCsv(lms, `id,${FACTORS}\np1,12,yes,no,no\n`, 64);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => [p.field, p.code])).toEqual([
      ['time', 'missing_column'],
      ['event', 'missing_column'],
    ]);
    expect(read.problems[0]!.message).toMatch(/^The header has no time column: follow-up/);
    expect(read.problems[1]!.message).toMatch(/^The header has no event column: 1 when/);
  });

  it('refuses a header with one of the two, naming the other', () => {
    const read = readCohortCsv(lms, `${FACTORS},time\n12,yes,no,no,30\n`, 64);
    expect(read.ok ? [] : read.problems.map((p) => p.field)).toEqual(['event']);
  });

  it('lists time and event among the columns when it meets one it does not know', () => {
    const read = readCohortCsv(lms, `${FACTORS},followUp,event\n12,yes,no,no,30,1\n`, 64);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const unknown = read.problems.find((p) => p.code === 'unknown_field')!;
    expect(unknown).toMatchObject({ field: 'followUp' });
    expect(unknown.message).toContain(
      'Columns are: id, time, event, ki67, vascularInvasion, lymphNodeMetastasis, adjuvantTherapy.',
    );
    expect(read.problems.map((p) => p.field)).toContain('time');
  });

  it('reads a header with both, in any order, id optional', () => {
    const read = readCohortCsv(lms, `event,${FACTORS},time\n1,12,yes,no,no,30\n`, 64);
    expect(read.ok && read.value.rows()[0]!.fields).toMatchObject({ time: '30', event: '1', ki67: '12' });
  });
});
