import type { FoundFactor } from '../../fhir/read-observations.ts';

const LOINC = 'http://loinc.org';

const codeText = (f: FoundFactor) =>
  `${f.code.system === LOINC ? 'LOINC' : f.code.system} ${f.code.code} "${f.code.display}"`;

/** A value as the reader sees it in a sentence: 12%, yes, no. */
const shown = (factor: string, value: unknown) =>
  typeof value === 'boolean' ? (value ? 'yes' : 'no') : `${String(value)}${factor === 'ki67' ? '%' : ''}`;

/** Where a record's value came from: the Observation, its date and its code. */
export const recordNote = (f: FoundFactor) =>
  `${f.reference ?? 'An Observation'}${f.date ? `, ${f.date.slice(0, 10)}` : ', undated'}, ${codeText(f)}`;

/**
 * The note under each field: where the record's value came from; that it was changed here (and what
 * the record says); or that the record has none, so it stays unknown until entered.
 *
 * @example
 * fieldSources(['ki67'], found, { ki67: 12 }, 'No standard code…').ki67; // "From the record: Observation/k1, 2026-05-02, LOINC 29593-1 …"
 */
export function fieldSources(
  factors: readonly string[],
  found: readonly FoundFactor[],
  current: Readonly<Record<string, unknown>>,
  adjuvantNote: string,
): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const factor of factors) {
    const from = found.find((f) => f.factor === factor);
    const now = Object.hasOwn(current, factor) ? current[factor] : null;
    if (from && now === from.value) notes[factor] = `From the record: ${recordNote(from)}.`;
    else if (from) notes[factor] = `Changed here. The record says ${shown(factor, from.value)} (${recordNote(from)}).`;
    else if (now !== null && now !== undefined) notes[factor] = 'Entered here; not from the record.';
    else
      notes[factor] =
        factor === 'adjuvantTherapy' && adjuvantNote.startsWith('Adjuvant therapy has no standard code')
          ? `Not read from the record: ${adjuvantNote} Enter it if known.`
          : 'Not found in the record: unknown until you enter it.';
  }
  return notes;
}

/** The references whose values still stand (the RiskAssessment's basis): changed ones are not. */
export const standingBasis = (found: readonly FoundFactor[], current: Readonly<Record<string, unknown>>) =>
  found.flatMap((f) =>
    f.reference && Object.hasOwn(current, f.factor) && current[f.factor] === f.value ? [f.reference] : [],
  );
