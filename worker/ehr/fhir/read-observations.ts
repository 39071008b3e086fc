import { isObject } from '../is-object.ts';
import { LMS_FHIR, type ObservationCode, SNOMED, UCUM, type ValueReader } from './lms-fhir.ts';

/** An Observation as far as this reader looks at it; everything else is ignored. */
interface Observation {
  readonly resourceType: 'Observation';
  readonly id?: unknown;
  readonly status?: unknown;
  readonly code?: { readonly coding?: unknown };
  readonly subject?: { readonly reference?: unknown };
  readonly effectiveDateTime?: unknown;
  readonly effectiveInstant?: unknown;
  readonly effectivePeriod?: { readonly start?: unknown; readonly end?: unknown };
  readonly issued?: unknown;
  readonly [value: string]: unknown;
}

/** A factor's value as found, with the Observation it came from. */
export interface FoundFactor {
  readonly factor: string;
  readonly value: number | boolean;
  readonly reference: string | null;
  /** The effective date as given (checked to look like a FHIR date before it is shown). */
  readonly date: string | null;
  readonly code: ObservationCode;
}

export interface ObservationReading {
  /** Raw input for the core's parser (prototype-free): only the factors that were read. */
  readonly raw: Record<string, number | boolean>;
  readonly found: readonly FoundFactor[];
  /** Sentences naming each Observation that was skipped or could not be read. */
  readonly problems: readonly string[];
}

/** Final results only: preliminary, registered, cancelled and entered-in-error ones are not facts. */
const USABLE_STATUS = new Set(['final', 'amended', 'corrected']);

/**
 * Text from the client, safe inside a card's Markdown: no markup, no line breaks, short, and no
 * "." or ":" so that no renderer can read a URL, a domain (linkify's fuzzy links) or an e-mail
 * address in it: it never becomes a link or an image.
 */
export const plain = (x: string, max = 60): string => x.replace(/[^A-Za-z0-9_ ,/%+-]/g, '?').slice(0, max);
/** "Observation/<id>" when the id has FHIR's id grammar; anything else is not named. */
export const referenceOf = (o: { readonly id?: unknown }): string | null =>
  typeof o.id === 'string' && /^[A-Za-z0-9.-]{1,64}$/.test(o.id) ? `Observation/${o.id}` : null;
/**
 * A reference as text in a card: a Markdown code span, since FHIR ids may hold dots
 * ("Observation/o1.evil.com") that a renderer's linkify could read as a domain. The id grammar has
 * no backtick, so nothing leaves the span.
 */
export const shownReference = (reference: string | null): string =>
  reference === null ? 'An Observation' : `\`${reference}\``;

const text = (x: unknown): string | null => (typeof x === 'string' ? x : null);

/**
 * Every Observation in a prefetch value or a Bundle: a resource, a Bundle's entries, or an array of
 * either, in document order. Walked with a stack of its own, not recursion, so that any depth of
 * nesting a 1 MB body can hold costs time linear in its size and never the call stack.
 */
export function observationsIn(value: unknown): Observation[] {
  const into: Observation[] = [];
  const stack: unknown[] = [value];
  while (stack.length) {
    const next = stack.pop();
    let children: readonly unknown[] = [];
    if (Array.isArray(next)) children = next;
    else if (isObject(next)) {
      if (next.resourceType === 'Observation') into.push(next as Observation);
      else if (next.resourceType === 'Bundle' && Array.isArray(next.entry))
        children = next.entry.flatMap((e) => (isObject(e) ? [e.resource] : []));
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return into;
}

const FHIR_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;
/** When the Observation holds: effective date, else when it was issued; null when none is a FHIR date. */
const dateOf = (o: Observation): string | null => {
  const given =
    text(o.effectiveDateTime) ??
    text(o.effectiveInstant) ??
    text(o.effectivePeriod?.end) ??
    text(o.effectivePeriod?.start) ??
    text(o.issued);
  return given !== null && FHIR_DATE.test(given) ? given : null;
};

const codings = (concept: unknown): Record<string, unknown>[] =>
  isObject(concept) && Array.isArray(concept.coding) ? concept.coding.filter(isObject) : [];

// pN0, N1a, ypN2, pN0(i+): the digit after N; NX (not assessed) is not read.
const N_CATEGORY = /^\s*(?:[cpyra]|yp|rp)?N([0-3])/i;

/** Reads one Observation's value the way its code says, or says why it cannot. */
function readValue(o: Observation, reader: ValueReader, label: string): number | boolean | string {
  const quantity = isObject(o.valueQuantity) ? o.valueQuantity : null;
  switch (reader) {
    case 'percent': {
      if (!quantity || typeof quantity.value !== 'number') return `${label} has no valueQuantity.`;
      const ucum = quantity.system === UCUM && quantity.code === '%';
      const bare = quantity.system === undefined && (quantity.unit === '%' || quantity.code === '%');
      if (!ucum && !bare)
        return `${label} is in "${plain(String(quantity.code ?? quantity.unit ?? 'no unit'), 20)}"; only % (UCUM) is read.`;
      return quantity.value;
    }
    case 'presence': {
      if (typeof o.valueBoolean === 'boolean') return o.valueBoolean;
      for (const c of codings(o.valueCodeableConcept)) {
        if (c.system === SNOMED && c.code === LMS_FHIR.present.code) return true;
        if (c.system === SNOMED && c.code === LMS_FHIR.absent.code) return false;
      }
      return `${label} is neither valueBoolean nor SNOMED CT Present (52101004) / Absent (2667000).`;
    }
    case 'count': {
      const n = typeof o.valueInteger === 'number' ? o.valueInteger : quantity?.value;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
        return `${label} is not a whole number of positive nodes.`;
      return n > 0;
    }
    case 'pn-category': {
      const concept = isObject(o.valueCodeableConcept) ? o.valueCodeableConcept : {};
      const candidates = [
        ...codings(concept).flatMap((c) => [text(c.code), text(c.display)]),
        text(concept.text),
        text(o.valueString),
      ];
      for (const candidate of candidates) {
        const n = candidate?.match(N_CATEGORY);
        if (n) return Number(n[1]) > 0;
      }
      return `${label} is not a pathological N category (N0 to N3; NX says the nodes were not assessed).`;
    }
  }
}

/**
 * Finds each factor among a patient's Observations: final, amended or corrected ones only, the
 * most recent per factor (by effective date, else issued). A value that cannot be read leaves the
 * factor unknown and is reported, never guessed; so is an Observation about another patient.
 *
 * @example
 * readObservations(observationsIn(prefetch.ki67), LMS_FHIR.observations, '123').raw; // { ki67: 12 }
 */
export function readObservations(
  observations: readonly Observation[],
  codes: Readonly<Record<string, readonly ObservationCode[]>>,
  patientId?: string,
): ObservationReading {
  const byCode = new Map<string, { factor: string; code: ObservationCode }>();
  for (const [factor, list] of Object.entries(codes))
    for (const code of list) byCode.set(`${code.system}|${code.code}`, { factor, code });
  const latest = new Map<string, { o: Observation; code: ObservationCode; time: number; date: string | null }>();
  const problems: string[] = [];
  // The id was checked against FHIR's id grammar by the request's reader; shown only through plain().
  const subject = patientId === undefined ? null : `Patient/${patientId}`;
  for (const o of observations) {
    if (typeof o.status !== 'string' || !USABLE_STATUS.has(o.status)) continue;
    const match = codings(o.code)
      .map((c) => byCode.get(`${String(c.system)}|${String(c.code)}`))
      .find((m) => m !== undefined);
    if (!match) continue;
    const about = text(o.subject?.reference);
    if (subject && about !== null && about !== subject) {
      problems.push(
        `${shownReference(referenceOf(o))} is about ${plain(about)}, not ${plain(subject)}; it was not used.`,
      );
      continue;
    }
    const date = dateOf(o);
    const time = date === null ? Number.NEGATIVE_INFINITY : Date.parse(date) || Number.NEGATIVE_INFINITY;
    const held = latest.get(match.factor);
    if (!held || time > held.time) latest.set(match.factor, { o, code: match.code, time, date });
  }
  const raw: Record<string, number | boolean> = Object.create(null);
  const found: FoundFactor[] = [];
  for (const [factor, { o, code, date }] of latest) {
    const reference = referenceOf(o);
    const label = `${shownReference(reference)} (${code.display}${date ? `, ${date.slice(0, 10)}` : ''})`;
    const value = readValue(o, code.read, label);
    if (typeof value === 'string') problems.push(value);
    else {
      raw[factor] = value;
      found.push({ factor, value, reference, date, code });
    }
  }
  return { raw, found, problems };
}
