import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LmsInput, parse, score } from '../../shared/lms.ts';
import { lmsModel } from '../../shared/lms-model.ts';

const flag = fc.constantFrom(true, false, null);
/** Raw inputs as a JSON caller would send them, some fields unknown. */
const rawInput = fc.record({
  ki67: fc.oneof(fc.constant(null), fc.constantFrom('<3', '3-20', '>20'), fc.double({ min: 0, max: 100, noNaN: true })),
  vascularInvasion: flag,
  lymphNodeMetastasis: flag,
  adjuvantTherapy: flag,
});

const scoreRaw = (raw: unknown) => {
  const parsed = parse(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return score(parsed.value);
};

const groupFor = (points: number) =>
  lmsModel.riskGroups.find((g) => points >= g.minPoints.value && points <= g.maxPoints.value)!.id;

describe('scoring properties', () => {
  it('points always equal the sum of the breakdown, and the group matches the cut-offs', () => {
    fc.assert(
      fc.property(rawInput, (raw) => {
        const r = scoreRaw(raw);
        const known = r.breakdown.every((b) => b.known);
        expect(r.complete).toBe(known);
        const lo = r.breakdown.reduce((s, b) => s + b.pointsRange[0], 0);
        const hi = r.breakdown.reduce((s, b) => s + b.pointsRange[1], 0);
        expect(r.pointsRange).toEqual([lo, hi]);
        if (r.complete) {
          expect(r.points).toBe(r.breakdown.reduce((s, b) => s + (b.points ?? NaN), 0));
          expect(r.riskGroup).toBe(groupFor(r.points!));
        }
        expect(r.possibleRiskGroups).toContain(groupFor(lo));
        expect(r.possibleRiskGroups).toContain(groupFor(hi));
      }),
    );
  });

  it('adding a risk factor never lowers points or relative hazard', () => {
    const complete = fc.record({
      ki67: fc.constantFrom('<3', '3-20', '>20'),
      vascularInvasion: fc.boolean(),
      lymphNodeMetastasis: fc.boolean(),
      adjuvantTherapy: fc.boolean(),
    });
    const worse = fc.constantFrom('ki67', 'vascularInvasion', 'lymphNodeMetastasis', 'adjuvantTherapy');
    fc.assert(
      fc.property(complete, worse, (raw, factor) => {
        const next = { ...raw };
        if (factor === 'ki67') next.ki67 = raw.ki67 === '<3' ? '3-20' : '>20';
        else if (factor === 'adjuvantTherapy') next.adjuvantTherapy = false;
        else next[factor] = true;
        const before = scoreRaw(raw);
        const after = scoreRaw(next);
        expect(after.points!).toBeGreaterThanOrEqual(before.points!);
        expect(after.relativeHazard!).toBeGreaterThanOrEqual(before.relativeHazard!);
      }),
    );
  });

  it('a known input always lies inside the range of the same input with one field made unknown', () => {
    const complete = fc.record({
      ki67: fc.double({ min: 0, max: 100, noNaN: true }),
      vascularInvasion: fc.boolean(),
      lymphNodeMetastasis: fc.boolean(),
      adjuvantTherapy: fc.boolean(),
    });
    fc.assert(
      fc.property(
        complete,
        fc.constantFrom('ki67', 'vascularInvasion', 'lymphNodeMetastasis', 'adjuvantTherapy'),
        (raw, hidden) => {
          const known = scoreRaw(raw);
          const partial = scoreRaw({ ...raw, [hidden]: null });
          expect(partial.complete).toBe(false);
          expect(known.points!).toBeGreaterThanOrEqual(partial.pointsRange[0]);
          expect(known.points!).toBeLessThanOrEqual(partial.pointsRange[1]);
          expect(known.relativeHazard!).toBeGreaterThanOrEqual(partial.relativeHazardRange[0]);
          expect(known.relativeHazard!).toBeLessThanOrEqual(partial.relativeHazardRange[1]);
          expect(partial.possibleRiskGroups).toContain(known.riskGroup);
          if (partial.riskGroup) expect(partial.riskGroup).toBe(known.riskGroup);
        },
      ),
    );
  });

  it('arbitrary JSON values never throw and yield either a result or problems', () => {
    const keyed = fc.dictionary(
      fc.constantFrom(
        'ki67',
        'vascularInvasion',
        'lymphNodeMetastasis',
        'adjuvantTherapy',
        '__proto__',
        'constructor',
        'x',
      ),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), keyed),
        fc.constantFrom('json', 'text') as fc.Arbitrary<'json' | 'text'>,
        (raw, source) => {
          const parsed = parse(JSON.parse(JSON.stringify(raw)), { source });
          if (parsed.ok) {
            const r = score(parsed.value);
            expect(JSON.parse(JSON.stringify(r))).toEqual(r);
          } else {
            expect(parsed.problems.length).toBeGreaterThan(0);
            for (const p of parsed.problems) expect(typeof p.field).toBe('string');
          }
        },
      ),
      { numRuns: 2000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("passes over an envelope's keys exactly as if the row had been sent without them", () => {
    const envelope = new Set(['id', 'time', '__proto__']);
    const keyed = fc.dictionary(
      fc.constantFrom('id', 'time', 'ki67', 'vascularInvasion', 'adjuvantTherapy', '__proto__', 'constructor', 'x'),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(keyed, fc.constantFrom('json', 'text') as fc.Arbitrary<'json' | 'text'>, (sent, source) => {
        // JSON.parse makes "__proto__" an own key, as a request body would.
        const raw = JSON.parse(JSON.stringify(sent)) as Record<string, unknown>;
        const without = JSON.parse(
          JSON.stringify(Object.fromEntries(Object.entries(raw).filter(([k]) => !envelope.has(k)))),
        ) as unknown;
        expect(parse(raw, { source, envelope })).toEqual(parse(without, { source }));
      }),
      { numRuns: 1000 },
    );
    // The model's order is still found after an envelope key that comes first.
    const first = parse({ id: 'p1', ki67: 12, vascularInvasion: true }, { envelope: new Set(['id']) });
    expect(first.ok && first.value).toMatchObject({ ki67: { level: '3-20', value: 12 }, vascularInvasion: true });
  });

  it('results survive a JSON round trip unchanged (no -0, NaN or Infinity inside)', () => {
    fc.assert(
      fc.property(rawInput, (raw) => {
        const r = scoreRaw(raw);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
    );
    const negativeZero = scoreRaw({ ki67: -0 });
    expect(Object.is(negativeZero.breakdown[0]!.value, 0)).toBe(true);
  });

  it('typed inputs built directly score like parsed ones', () => {
    const direct: LmsInput = {
      ki67: { level: '>20', value: null },
      vascularInvasion: true,
      lymphNodeMetastasis: null,
      adjuvantTherapy: false,
    };
    expect(score(direct)).toEqual(scoreRaw({ ki67: '>20', vascularInvasion: true, adjuvantTherapy: false }));
  });
});
