/**
 * Deprecated names that /v1 still answers with, each beside its new name until its sunset date
 * (docs/api.md#versioning). 0.2.0 renamed `fiveYearRisk` to `risk` and `fiveYearRiskProvenance` to
 * `riskProvenance`; both old names come back, with the same values, for results whose horizon is
 * five years, until the date below. Then they are removed from /v1 and the changelog says so.
 */
export const V1_ALIAS_SUNSET = '2027-06-30';

// The result's own top-level fields: JSON.stringify writes them before any nested result (whatIf).
const RISK = /"risk":(null|[-0-9.e+]+),/;
const PROVENANCE = /"riskProvenance":("[a-z]+")/;

/**
 * A score result's JSON (`{"complete":…}`, as scoreJson writes it) with the deprecated names
 * added at its end; unchanged when its horizon is not five years.
 *
 * @example
 * withV1Aliases('{"risk":0.497,"horizonYears":5,"riskProvenance":"published"}');
 * // '{"risk":0.497,"horizonYears":5,"riskProvenance":"published","fiveYearRisk":0.497,"fiveYearRiskProvenance":"published"}'
 */
export function withV1Aliases(json: string): string {
  if (!json.includes('"horizonYears":5,') && !json.includes('"horizonYears":5}')) return json;
  const risk = RISK.exec(json)?.[1];
  const provenance = PROVENANCE.exec(json)?.[1];
  if (risk === undefined || provenance === undefined) return json;
  return `${json.slice(0, -1)},"fiveYearRisk":${risk},"fiveYearRiskProvenance":${provenance}}`;
}

/**
 * A full-detail batch row with the deprecated names added to its result, as withV1Aliases does
 * for one result's JSON. Summary rows (0.3.0) never had them.
 */
export function rowWithV1Aliases<R extends object>(row: R): R {
  const result = (row as { result?: { risk?: unknown; riskProvenance?: unknown; horizonYears?: unknown } }).result;
  if (result?.horizonYears !== 5) return row;
  return { ...row, result: { ...result, fiveYearRisk: result.risk, fiveYearRiskProvenance: result.riskProvenance } };
}
