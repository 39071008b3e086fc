// Observations, Bundles and requests as an EHR would send them, for the CDS Hooks and FHIR tests.
import { lms } from '@lms-score/core';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export const ADJUVANT = { system: 'http://hospital.example/codes', code: 'adjuvant-therapy' };
export const ADJUVANT_CODES = JSON.stringify([ADJUVANT]);
const LOINC = 'http://loinc.org';

type Values = Partial<
  Record<'ki67' | 'vascularInvasion' | 'lymphNodeMetastasis' | 'adjuvantTherapy', number | boolean>
>;

let serial = 0;
export function observation(code: { system: string; code: string }, value: object, extra: object = {}) {
  return {
    resourceType: 'Observation',
    id: `obs-${++serial}`,
    status: 'final',
    subject: { reference: 'Patient/p1' },
    code: { coding: [code] },
    effectiveDateTime: '2025-03-01',
    ...value,
    ...extra,
  };
}

const presence = (yes: boolean) => ({
  valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: yes ? '52101004' : '2667000' }] },
});

/** One Observation per known factor, shaped as a pathology system records it (alternating the value shapes). */
export function observationsFor(values: Values, variant = 0) {
  const out: Record<string, ReturnType<typeof observation>[]> = {
    ki67: [],
    vascularInvasion: [],
    lymphNodeMetastasis: [],
    adjuvantTherapy: [],
  };
  if (values.ki67 !== undefined)
    out.ki67!.push(
      observation(
        { system: LOINC, code: '29593-1' },
        { valueQuantity: { value: values.ki67, unit: '%', system: 'http://unitsofmeasure.org', code: '%' } },
      ),
    );
  if (values.vascularInvasion !== undefined)
    out.vascularInvasion!.push(
      observation(
        { system: LOINC, code: '59544-7' },
        variant % 2 ? { valueBoolean: values.vascularInvasion } : presence(values.vascularInvasion as boolean),
      ),
    );
  if (values.lymphNodeMetastasis !== undefined) {
    const yes = values.lymphNodeMetastasis as boolean;
    out.lymphNodeMetastasis!.push(
      variant % 2
        ? observation({ system: LOINC, code: '21893-3' }, { valueInteger: yes ? 3 : 0 })
        : observation({ system: LOINC, code: '21900-6' }, { valueCodeableConcept: { text: yes ? 'pN1a' : 'pN0' } }),
    );
  }
  if (values.adjuvantTherapy !== undefined)
    out.adjuvantTherapy!.push(observation(ADJUVANT, { valueBoolean: values.adjuvantTherapy }));
  return out;
}

export const bundle = (resources: readonly object[]) => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: resources.map((resource) => ({ resource })),
});

/** The prefetch for these values: a searchset Bundle per key, null where nothing was found (as the spec asks). */
export const prefetchFor = (values: Values, variant = 0) =>
  Object.fromEntries(
    Object.entries(observationsFor(values, variant)).map(([key, list]) => [key, list.length ? bundle(list) : null]),
  );

export const hookRequest = (prefetch: object | undefined, extra: object = {}) => ({
  hook: 'patient-view',
  hookInstance: crypto.randomUUID(),
  context: { userId: 'Practitioner/1', patientId: 'p1' },
  ...(prefetch ? { prefetch } : {}),
  ...extra,
});

const KI67 = [1.5, 12, 35];
/** The 24 complete profiles (three Ki-67 bands × three yes/no factors × adjuvant therapy). */
export const completeProfiles: Values[] = KI67.flatMap((ki67) =>
  [false, true].flatMap((vascularInvasion) =>
    [false, true].flatMap((lymphNodeMetastasis) =>
      [false, true].map((adjuvantTherapy) => ({ ki67, vascularInvasion, lymphNodeMetastasis, adjuvantTherapy })),
    ),
  ),
);
/** Partial profiles: each factor left out of a few complete ones, and single factors alone. */
export const partialProfiles: Values[] = [
  ...completeProfiles
    .filter((_, i) => i % 5 === 0)
    .flatMap((p) =>
      lms.definition.factors.map((f) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== f.id)) as Values),
    ),
  { ki67: 35 },
  { vascularInvasion: true },
  { lymphNodeMetastasis: false, adjuvantTherapy: true },
];

/** The parts of a RiskAssessment the tests read. */
export interface RiskAssessmentJson {
  readonly resourceType: string;
  readonly basis: { reference: string }[];
  readonly method: { text: string };
  readonly note: { text: string }[];
  readonly prediction: { probabilityDecimal: number; qualitativeRisk: { coding: { code: string }[] } }[];
}

/**
 * A CDS client of the EHR's own: its trust-list entry (CDS_TRUSTED_CLIENTS, as JSON) naming the
 * FHIR servers it may send, and a signer of fresh 5-minute ES384 tokens (a new jti each).
 */
export async function cdsClient(fhirServers: readonly string[]) {
  const iss = 'https://ehr.example/';
  const { privateKey, publicKey } = await generateKeyPair('ES384');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'ehr-1', alg: 'ES384' };
  return {
    trusted: JSON.stringify([{ iss, jwks: { keys: [jwk] }, fhirServers }]),
    sign: (audience: string, claims: object = {}) =>
      new SignJWT({ jti: crypto.randomUUID(), ...claims })
        .setProtectedHeader({ alg: 'ES384', typ: 'JWT', kid: 'ehr-1' })
        .setIssuer(iss)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey),
  };
}

/** The part of a CDS request that lets the service read `fhirServer` with the client's token. */
export const fhirAccess = (fhirServer: string) => ({
  fhirServer,
  fhirAuthorization: {
    access_token: 'fhir-access-token',
    token_type: 'Bearer',
    expires_in: 300,
    scope: 'patient/Observation.read',
    subject: 'lms',
  },
});
