import type { ModelDefinition, Result, ScoreResult, Scorer } from '@lms-score/core';
import { isObject } from '../is-object.ts';
import type { ObservationCode } from './lms-fhir.ts';
import { observationsIn, readObservations, referenceOf } from './read-observations.ts';
import { scoreObservations } from './score-observations.ts';

/** The FHIR issue types (http://hl7.org/fhir/issue-type) a refused request is given. */
export type IssueType = 'invalid' | 'required' | 'not-found' | 'business-rule';

/** Why a request cannot be scored; `field` names the parameter when there is one. */
export interface Issue {
  readonly code: IssueType;
  readonly message: string;
  readonly field?: string;
}

/** What a RiskAssessment is made of: the result, whom it is about, and the Observations used. */
export interface ScoringRequest {
  readonly result: ScoreResult;
  /** "Patient/<id>", relative, or absolute as the Observations gave it. */
  readonly subject: string;
  readonly basis: readonly string[];
}

/** Each value[x] a factor may come in, and the JSON type that value[x] must hold. */
const VALUE_TYPES = {
  banded: { valueDecimal: 'number', valueInteger: 'number', valueString: 'string' },
  boolean: { valueBoolean: 'boolean', valueString: 'string' },
} as const;

/**
 * Why a factor's parameter has the wrong FHIR type, or null: a measured factor is a valueDecimal or
 * valueInteger number, or a valueString the core reads as text ("12", "<3"); a yes/no factor is a
 * valueBoolean, or a valueString ("yes"). Each value[x] holds its own JSON type (valueBoolean "true"
 * is refused, not read); no value[x] at all is unknown.
 */
function valueTypeProblem(scorer: Scorer<ModelDefinition>, name: string, keys: readonly string[], value: unknown) {
  const factor = scorer.definition.factors.find((f) => f.id === name);
  if (!factor || keys.length === 0) return null; // an unknown name is the parser's to name
  if (keys.length > 1) return `${name} has more than one value[x] (${keys.join(', ')}).`;
  const types: Readonly<Record<string, string>> = VALUE_TYPES[factor.kind];
  const key = keys[0]!;
  const allowed = Object.keys(types).join(', ');
  if (!Object.hasOwn(types, key)) return `${name} must be one of ${allowed}; ${key} is not read.`;
  return typeof value === types[key] ? null : `${name}'s ${key} must be a JSON ${types[key]}.`;
}

const PATIENT_ID = '[A-Za-z0-9.-]{1,64}';
const RELATIVE_PATIENT = new RegExp(`^Patient/${PATIENT_ID}$`);
const PATIENT = new RegExp(`^(?:https?://[^\\s]{1,180}/)?Patient/${PATIENT_ID}$`);

/**
 * A Parameters resource: the inputs by name, and `subject`, a valueReference to Patient/<id>
 * (required: a RiskAssessment is about one patient). Every problem is named, with its parameter.
 *
 * @example
 * readParameters(lms, { resourceType: 'Parameters', parameter: [{ name: 'ki67', valueDecimal: 12 }] });
 * // { ok: false, problems: [{ code: 'required', field: 'subject', message: 'subject is required: ...' }] }
 */
export function readParameters(
  scorer: Scorer<ModelDefinition>,
  body: Record<string, unknown>,
): Result<ScoringRequest, Issue> {
  const raw: Record<string, unknown> = Object.create(null);
  const problems: Issue[] = [];
  let subject: string | undefined;
  let subjects = 0;
  if (body.parameter !== undefined && !Array.isArray(body.parameter))
    problems.push({ code: 'invalid', field: 'parameter', message: 'parameter must be an array of {name, value[x]}.' });
  const list: unknown[] = Array.isArray(body.parameter) ? body.parameter : [];
  for (const [i, p] of list.entries()) {
    if (!isObject(p) || typeof p.name !== 'string') {
      problems.push({
        code: 'invalid',
        field: `parameter[${i}]`,
        message: `parameter[${i}] must be an object with a name.`,
      });
      continue;
    }
    const keys = Object.keys(p).filter((k) => k.startsWith('value'));
    const key = keys[0];
    const value = key === undefined ? null : p[key];
    const typeProblem = p.name === 'subject' ? null : valueTypeProblem(scorer, p.name, keys, value);
    if (typeProblem) {
      problems.push({ code: 'invalid', field: p.name, message: typeProblem });
      continue;
    }
    if (p.name === 'subject') {
      const reference = isObject(value) ? value.reference : undefined;
      if (++subjects > 1)
        problems.push({ code: 'invalid', field: 'subject', message: 'subject is given more than once.' });
      else if (typeof reference === 'string' && RELATIVE_PATIENT.test(reference)) subject = reference;
      else
        problems.push({
          code: 'invalid',
          field: 'subject',
          message: 'subject must be a valueReference to Patient/<id>.',
        });
    } else if (p.name in raw)
      problems.push({ code: 'invalid', field: p.name, message: `${p.name} is given more than once.` });
    else raw[p.name] = value;
  }
  if (subjects === 0)
    problems.push({
      code: 'required',
      field: 'subject',
      message: 'subject is required: a valueReference to Patient/<id>, the patient the RiskAssessment is about.',
    });
  const parsed = scorer.parse(raw);
  if (!parsed.ok)
    problems.push(...parsed.problems.map((p) => ({ code: 'invalid' as const, field: p.field, message: p.message })));
  if (problems.length || !parsed.ok || subject === undefined) return { ok: false, problems };
  return { ok: true, value: { result: scorer.score(parsed.value), subject, basis: [] } };
}

/**
 * The one patient a set of Observations is about: every Observation must name the same Patient in
 * `subject.reference`, so that none about another patient (or about no one known) is scored.
 *
 * @example
 * commonSubject([{ id: 'a', subject: { reference: 'Patient/1' } }, { id: 'b', subject: { reference: 'Patient/2' } }]);
 * // { ok: false, problems: [{ code: 'business-rule', message: 'The Observations name more than one patient ...' }] }
 */
export function commonSubject(
  observations: readonly { id?: unknown; subject?: { reference?: unknown } }[],
): Result<string, Issue> {
  const bySubject = new Map<string, string[]>();
  for (const o of observations) {
    const reference = o.subject?.reference;
    const key = typeof reference === 'string' && PATIENT.test(reference) ? reference : '';
    const refs = bySubject.get(key) ?? [];
    if (refs.length === 0) bySubject.set(key, refs);
    if (refs.length <= 5) refs.push(referenceOf(o) ?? 'an Observation without an id'); // six are enough to show
  }
  const subjects = [...bySubject.keys()];
  if (subjects.length === 1 && subjects[0]) return { ok: true, value: subjects[0] };
  const list = [...bySubject]
    .map(
      ([subject, refs]) =>
        `${subject || 'no Patient/<id>'}: ${refs.slice(0, 5).join(', ')}${refs.length > 5 ? ', …' : ''}`,
    )
    .join('; ');
  const what =
    subjects.length === 1
      ? 'No Observation names its patient'
      : 'The Observations name more than one patient, or some none';
  const message = `${what} in subject.reference (Patient/<id>), and a RiskAssessment is about one patient: ${list}. Nothing was scored.`;
  return { ok: false, problems: [{ code: 'business-rule', message }] };
}

/**
 * A Bundle of Observations, like the CDS prefetch: the factors read as the CDS service reads
 * them, the subject the Observations' common one, and the Observations used as the basis.
 */
export function readBundle(
  scorer: Scorer<ModelDefinition>,
  body: unknown,
  codes: Readonly<Record<string, readonly ObservationCode[]>>,
): Result<ScoringRequest, Issue> {
  if (isObject(body) && body.entry !== undefined && !Array.isArray(body.entry))
    return {
      ok: false,
      problems: [{ code: 'invalid', field: 'entry', message: 'A Bundle’s entry must be an array.' }],
    };
  const known = new Set(Object.values(codes).flatMap((list) => list.map((c) => `${c.system}|${c.code}`)));
  const observations = observationsIn(body).filter(
    (o) =>
      isObject(o.code) &&
      Array.isArray(o.code.coding) &&
      o.code.coding.some((c) => isObject(c) && known.has(`${String(c.system)}|${String(c.code)}`)),
  );
  const subject = commonSubject(observations);
  const scored = scoreObservations(scorer, readObservations(observations, codes));
  if (!scored.result)
    return {
      ok: false,
      problems: [
        { code: 'not-found', message: 'No factor could be read from the Bundle.' },
        ...scored.problems.map((message) => ({ code: 'not-found' as const, message })),
      ],
    };
  if (!subject.ok) return subject;
  const basis = scored.used.flatMap((u) => (u.reference ? [u.reference] : []));
  return { ok: true, value: { result: scored.result, subject: subject.value, basis } };
}
