import type { FactorDefinition } from '@lms-score/core';
import { LMS_FHIR, type ObservationCode, SNOMED, UCUM, type ValueReader } from './lms-fhir.ts';

const SDC = 'http://hl7.org/fhir/uv/sdc/StructureDefinition';
/** The contained batch Bundle's id: SDC names its search results after it (`%PathologyQueries`). */
export const SOURCE_QUERIES = 'PathologyQueries';

/** A FHIRPath string literal. */
const literal = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const hasCode = (codes: readonly ObservationCode[]) =>
  `code.coding.where(${codes.map((c) => `(system = ${literal(c.system)} and code = ${literal(c.code)})`).join(' or ')}).exists()`;

// When an Observation holds, as the reader takes it: effective date, else when it was issued.
const when = (x: string) =>
  `${x}.select(effectiveDateTime.combine(effectiveInstant).combine(effectivePeriod.select(iif(end.exists(), end, start))).combine(issued).first())`;
// Dates of different precision compare as empty in FHIRPath; the reader's Date.parse orders them
// as instants, which their ISO text does too.
const newer = (a: string, b: string) => `iif((${a} > ${b}).exists(), ${a} > ${b}, ${a}.toString() > ${b}.toString())`;
/** The most recent Observation (by date, the earlier in the list on a tie, undated ones last), as the reader picks it. */
const newest = `aggregate(iif($total.empty(), $this, iif(${when('$this')}.exists() and (${when('$total')}.empty() or ${newer(when('$this'), when('$total'))}), $this, $total)))`;

// pN0, N1a, ypN2, pN0(i+): the digit after N, as the reader's N_CATEGORY (case-insensitive) reads it.
const N_CATEGORY = '^\\s*([cCpPyYrRaA]|[yY][pP]|[rR][pP])?[nN]';
/** How each ValueReader of read-observations.ts reads a value, in FHIRPath on one Observation. */
const READ: Record<ValueReader, string> = {
  percent: `iif(valueQuantity.value.exists() and ((valueQuantity.system = ${literal(UCUM)} and valueQuantity.code = '%') or (valueQuantity.system.empty() and (valueQuantity.unit = '%' or valueQuantity.code = '%'))), valueQuantity.value, {})`,
  presence: `iif(valueBoolean.exists(), valueBoolean, valueCodeableConcept.coding.where(system = ${literal(SNOMED)} and (code = ${literal(LMS_FHIR.present.code)} or code = ${literal(LMS_FHIR.absent.code)})).first().select(code = ${literal(LMS_FHIR.present.code)}))`,
  count:
    'iif(valueInteger.exists(), valueInteger, valueQuantity.value).where($this >= 0 and $this.floor() = $this).select($this > 0)',
  'pn-category': `valueCodeableConcept.coding.select(code.combine(display)).combine(valueCodeableConcept.text).combine(valueString).where(matches(${literal(`${N_CATEGORY}[0-3]`)})).first().select(matches(${literal(`${N_CATEGORY}0`)}).not())`,
};

/** The value read as the factor's answer code: a band by the model's bounds, or yes/no. */
function answerCode(f: FactorDefinition): string {
  if (f.kind === 'boolean') return "select(iif($this, 'yes', 'no'))";
  const band = f.levels.reduceRight<string>((otherwise, level) => {
    const bound = level.upperBound;
    if (!bound) return literal(level.id);
    return `iif($this ${bound.inclusive ? '<=' : '<'} ${bound.value}, ${literal(level.id)}, ${otherwise})`;
  }, '{}');
  return `where($this >= ${f.min} and $this <= ${f.max}).select(${band})`;
}

/**
 * SDC 4.0 expression-based population, generated from the Observation codes of lms-fhir.ts and the
 * rules of read-observations.ts: a patient launch context, a contained batch Bundle with one search
 * per factor that has a code, and per such factor an initialExpression that takes the newest
 * final, amended or corrected Observation of the patient and reads its value as the CDS reader
 * does (Ki-67 in % only, SNOMED CT Present/Absent or valueBoolean, positive nodes or pN category).
 * A value the reader cannot read gives no answer, never a guess. The expression yields the answer
 * option's code, which a filler matches to the option (FHIRPath cannot build a Coding).
 *
 * @example
 * sdcPopulation(lms.definition.factors).initialExpression.ki67; // "%PathologyQueries.entry.resource..."
 */
export function sdcPopulation(
  factors: readonly FactorDefinition[],
  codes: Readonly<Record<string, readonly ObservationCode[]>> = LMS_FHIR.observations,
) {
  const coded = factors.flatMap((f) => {
    const list = Object.hasOwn(codes, f.id) ? (codes[f.id] ?? []) : [];
    return list.length ? [{ factor: f, list }] : [];
  });
  const candidates = (list: readonly ObservationCode[]) =>
    `%${SOURCE_QUERIES}.entry.resource.entry.resource.ofType(Observation).where(status in ('final' | 'amended' | 'corrected') and ${hasCode(list)} and (subject.reference.empty() or subject.reference = 'Patient/' + %patient.id))`;
  const read = (list: readonly ObservationCode[]) =>
    list.reduceRight((otherwise, c) => `iif(${hasCode([c])}, ${READ[c.read]}, ${otherwise})`, '{}');
  const initialExpression = Object.fromEntries(
    coded.map(({ factor, list }) => [
      factor.id,
      `${candidates(list)}.${newest}.select(${read(list)}).${answerCode(factor)}`,
    ]),
  );
  return {
    /** Questionnaire-level extensions: the patient in context and the searches. */
    extension: [
      {
        url: `${SDC}/sdc-questionnaire-launchContext`,
        extension: [
          {
            url: 'name',
            valueCoding: { system: 'http://hl7.org/fhir/uv/sdc/CodeSystem/launchContext', code: 'patient' },
          },
          { url: 'type', valueCode: 'Patient' },
          { url: 'description', valueString: 'The patient whose pathology Observations prefill the form' },
        ],
      },
      { url: `${SDC}/sdc-questionnaire-sourceQueries`, valueReference: { reference: `#${SOURCE_QUERIES}` } },
    ],
    contained: [
      {
        resourceType: 'Bundle',
        id: SOURCE_QUERIES,
        type: 'batch',
        entry: coded.map(({ list }) => ({
          request: {
            method: 'GET',
            url: `Observation?patient={{%patient.id}}&code=${list.map((c) => `${c.system}|${c.code}`).join(',')}&_sort=-date`,
          },
        })),
      },
    ],
    /** The initialExpression per coded factor's linkId (an item extension). */
    initialExpression,
  };
}
