import type { Result } from '@lms-score/core';
import type { FieldProblem } from '../../common/problems.ts';
import { isObject } from '../is-object.ts';

/** The parts of a CDS Hooks request (2.0, "Calling a CDS Service") this service reads. */
export interface CdsRequest {
  readonly hook: string;
  readonly hookInstance: string;
  readonly patientId: string;
  readonly prefetch: Readonly<Record<string, unknown>>;
  readonly fhirServer?: string;
  readonly accessToken?: string;
}

const problem = (field: string, message: string): FieldProblem => ({ field, code: 'invalid_type', message });

/** Reads a parsed request body, or the problems naming each bad field. Own properties only. */
export function readCdsRequest(body: unknown, hook: string): Result<CdsRequest, FieldProblem> {
  if (!isObject(body))
    return { ok: false, problems: [problem('body', 'The body must be a JSON object (a CDS Hooks request).')] };
  const own = (key: string) => (Object.hasOwn(body, key) ? body[key] : undefined);
  const problems: FieldProblem[] = [];
  const hookName = own('hook');
  if (hookName !== hook) problems.push(problem('hook', `hook must be "${hook}".`));
  const hookInstance = own('hookInstance');
  if (typeof hookInstance !== 'string' || hookInstance === '')
    problems.push(problem('hookInstance', 'hookInstance must be a string (a UUID).'));
  const context = own('context');
  const patientId = isObject(context) && Object.hasOwn(context, 'patientId') ? context.patientId : undefined;
  if (typeof patientId !== 'string' || !/^[A-Za-z0-9.-]{1,64}$/.test(patientId))
    problems.push(
      problem('context.patientId', 'context.patientId must be a FHIR id (letters, digits, "-", "."; 1-64).'),
    );
  const prefetch = own('prefetch');
  if (prefetch !== undefined && prefetch !== null && !isObject(prefetch))
    problems.push(problem('prefetch', 'prefetch must be an object of prefetch keys.'));
  else if (isObject(prefetch))
    // Each value is a FHIR resource (a searchset Bundle; some clients send an array of them) or
    // null for no data: anything else is not "no data", and is refused rather than read as such.
    for (const [key, value] of Object.entries(prefetch))
      if (value !== null && !Array.isArray(value) && !(isObject(value) && typeof value.resourceType === 'string'))
        problems.push(
          problem(
            `prefetch.${key.slice(0, 64)}`,
            `prefetch.${key.slice(0, 64)} must be a FHIR resource (a Bundle) or null.`,
          ),
        );
  const fhirServer = own('fhirServer');
  if (fhirServer !== undefined && (typeof fhirServer !== 'string' || !URL.canParse(fhirServer)))
    problems.push(problem('fhirServer', 'fhirServer must be an absolute URL.'));
  const auth = own('fhirAuthorization');
  const token = isObject(auth) && Object.hasOwn(auth, 'access_token') ? auth.access_token : undefined;
  if (
    auth !== undefined &&
    auth !== null &&
    (typeof token !== 'string' || !isObject(auth) || auth.token_type !== 'Bearer')
  )
    problems.push(problem('fhirAuthorization', 'fhirAuthorization must hold access_token and token_type "Bearer".'));
  if (problems.length) return { ok: false, problems };
  const value: CdsRequest = {
    hook: hook,
    hookInstance: hookInstance as string,
    patientId: patientId as string,
    prefetch: isObject(prefetch) ? prefetch : {},
    ...(typeof fhirServer === 'string' ? { fhirServer: fhirServer.replace(/\/+$/, '') } : {}),
    ...(typeof token === 'string' ? { accessToken: token } : {}),
  };
  return { ok: true, value };
}
