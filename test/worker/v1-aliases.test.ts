import { describe, expect, it } from 'vitest';
import { lms } from '../../shared/lms.ts';
import { V1_ALIAS_SUNSET, withV1Aliases } from '../../worker/api/v1-aliases.ts';
import { scoredCases } from '../support/golden-vectors.ts';
import { call, postJson, queryFor } from './helpers.ts';

type Body = Record<string, unknown> & { risk: unknown; riskProvenance: unknown };

describe('/v1 keeps the names 0.2.0 renamed, until their sunset', () => {
  it('answers fiveYearRisk and fiveYearRiskProvenance beside risk and riskProvenance, GET and POST', async () => {
    for (const c of scoredCases.filter((c) => c.input && c.group !== 'text')) {
      const input = c.input as Record<string, unknown>;
      for (const res of [await postJson('/v1/lms/score', input), await call(`/v1/lms/score?${queryFor(input)}`)]) {
        const body = (await res.json()) as Body;
        expect(body.fiveYearRisk, c.name).toBe(body.risk);
        expect(body.fiveYearRiskProvenance, c.name).toBe(body.riskProvenance);
        const { fiveYearRisk: _, fiveYearRiskProvenance: __, ...rest } = body;
        const parsed = lms.parse(input);
        if (!parsed.ok) throw new Error(c.name);
        expect(rest).toEqual(JSON.parse(JSON.stringify(lms.score(parsed.value))));
      }
    }
  });

  it('adds them to full batch rows only: summary rows (0.3.0) never had them', async () => {
    const patients = [
      { id: 'a', ki67: 12, vascularInvasion: true },
      { id: 'b', ki67: 'x' },
    ];
    const full = (await (await postJson('/v1/lms/score/batch?detail=full', { patients })).json()) as {
      results: { result?: Body }[];
    };
    expect(full.results[0]!.result!.fiveYearRisk).toBe(full.results[0]!.result!.risk);
    expect(full.results[1]!.result).toBeUndefined();
    const summary = (await (await postJson('/v1/lms/score/batch', { patients })).json()) as {
      results: { result?: Body }[];
    };
    expect(summary.results[0]!.result).not.toHaveProperty('fiveYearRisk');
  });

  it('leaves a result whose horizon is not five years as it is, and names a date', () => {
    const oneYear = JSON.stringify({ risk: 0.1, riskProvenance: 'derived', horizonYears: 1 });
    expect(withV1Aliases(oneYear)).toBe(oneYear);
    expect(withV1Aliases('{"risk":null,"riskProvenance":"published","horizonYears":5}')).toBe(
      '{"risk":null,"riskProvenance":"published","horizonYears":5,"fiveYearRisk":null,"fiveYearRiskProvenance":"published"}',
    );
    expect(Date.parse(V1_ALIAS_SUNSET)).toBeGreaterThan(Date.parse('2026-12-03'));
  });
});
