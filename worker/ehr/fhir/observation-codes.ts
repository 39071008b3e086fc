import { lastValueMemo } from '../memo.ts';
import { LMS_FHIR, type ObservationCode } from './lms-fhir.ts';

export interface ConfiguredCodes {
  readonly codes: Readonly<Record<string, readonly ObservationCode[]>>;
  /** What the deployment's adjuvant-therapy setting says, for the discovery response and the cards. */
  readonly adjuvantNote: string;
}

const isCoding = (x: unknown): x is { system: string; code: string; display?: string } =>
  x !== null &&
  typeof x === 'object' &&
  typeof (x as { system?: unknown }).system === 'string' &&
  typeof (x as { code?: unknown }).code === 'string';

/**
 * The Observation codes in force: the standard ones, plus the deployment's codes for adjuvant
 * therapy from LMS_ADJUVANT_THERAPY_CODES, a JSON array of {"system", "code", "display"?} whose
 * Observations hold valueBoolean or SNOMED CT Present/Absent (true = given).
 *
 * @example
 * observationCodes('[{"system":"http://hospital.example/codes","code":"adj-tx"}]').codes.adjuvantTherapy.length; // 1
 */
export const observationCodes = lastValueMemo(readCodes); // read once per configuration value

function readCodes(adjuvant: string | undefined): ConfiguredCodes {
  const unknown = 'Adjuvant therapy has no standard code and this deployment names none, so it stays unknown.';
  if (!adjuvant) return { codes: LMS_FHIR.observations, adjuvantNote: unknown };
  let list: unknown;
  try {
    list = JSON.parse(adjuvant);
  } catch {
    list = null;
  }
  if (!Array.isArray(list) || list.length === 0 || !list.every(isCoding))
    return {
      codes: LMS_FHIR.observations,
      adjuvantNote: `${unknown} (LMS_ADJUVANT_THERAPY_CODES is set but is not a JSON array of {"system", "code"}.)`,
    };
  const codes = list.map((c) => ({
    system: c.system,
    code: c.code,
    display: c.display ?? 'Adjuvant therapy given',
    read: 'presence' as const,
  }));
  return {
    codes: { ...LMS_FHIR.observations, adjuvantTherapy: codes },
    adjuvantNote: `Adjuvant therapy is read from this deployment's codes: ${codes.map((c) => `${c.system}|${c.code}`).join(', ')} (valueBoolean or SNOMED CT Present/Absent; true means given).`,
  };
}
