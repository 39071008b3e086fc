import { CORE_PROBLEM_CODES, CSV_PROBLEM_CODES, type FactorDefinition, lms, parse, score } from '@lms-score/core';
import { batchResult } from '@lms-score/core/csv';
import { BOOTSTRAP_LIMITS, TIME_UNITS } from '@lms-score/core/validate';
import { V1_ALIAS_SUNSET, withV1Aliases } from '../../worker/api/v1-aliases.ts';
import {
  BATCH_BYTES_TEXT,
  BATCH_LIMITS,
  BATCH_ROWS_TEXT,
  FULL_DETAIL_ROWS_TEXT,
  VALIDATE_WORK,
} from '../../worker/common/limits.ts';
import { API_PROBLEM_CODES, PROBLEM_TYPES, type ProblemType } from '../../worker/common/problems.ts';
import { LOCAL_ORIGINS, type PublicOrigins } from '../support/public-origins.ts';
import { ehrPaths } from './openapi-ehr.ts';
import { PROBLEM_CODE_TEXT, PROBLEM_TYPE_TEXT } from './problem-text.ts';

// Built at build time (scripts/build.ts) into a static /openapi.json: the schema comes from the
// same model definition the parser validates against, and every example is the engine's output.

const unknownNote = 'Unknown when absent or null (never assumed "no"); unknown fields widen the result into ranges.';

function factorSchema(f: FactorDefinition) {
  if (f.kind === 'banded') {
    const bands = f.levels.map((l) => l.id);
    return {
      description: `${f.label} in ${f.unit}, ${f.min}-${f.max}, or a band (${bands.join(', ')}). Bands: ${f.levels.map((l) => `${l.label} ${l.grade ?? ''}`.trim()).join('; ')}. ${unknownNote}`,
      oneOf: [{ type: 'number', minimum: f.min, maximum: f.max }, { type: 'string', enum: bands }, { type: 'null' }],
    };
  }
  return { description: `${f.question}. Also accepts "yes"/"no" and 1/0. ${unknownNote}`, type: ['boolean', 'null'] };
}

/** What POST /v1/lms/score answers for `raw`: the core's result with /v1's deprecated names. */
const example = (raw: Record<string, unknown>) => {
  const parsed = parse(raw);
  if (!parsed.ok) throw new Error('OpenAPI example must be valid');
  return JSON.parse(withV1Aliases(JSON.stringify(score(parsed.value))));
};

const complete = { ki67: 12, vascularInvasion: true, lymphNodeMetastasis: false, adjuvantTherapy: false };
const partial = { ki67: 25, vascularInvasion: null };
const badInput = parse({ ki67: 120, vascularInvasion: 'maybe' });
const problemExample = {
  type: '/docs#problem-invalid-input',
  title: PROBLEM_TYPES['invalid-input'].title,
  status: PROBLEM_TYPES['invalid-input'].status,
  detail: badInput.ok ? '' : badInput.problems.map((p) => p.message).join(' '),
  errors: badInput.ok ? [] : badInput.problems,
};

const problemResponse = (type: ProblemType) => ({
  description: `${PROBLEM_TYPES[type].title}: ${PROBLEM_TYPE_TEXT[type]}`,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
const errors = {
  '400': {
    ...problemResponse('invalid-input'),
    content: {
      'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' }, example: problemExample },
    },
  },
  '413': problemResponse('too-large'),
  '415': problemResponse('unsupported-media-type'),
  '429': { ...problemResponse('rate-limited'), headers: { 'Retry-After': { schema: { type: 'integer' } } } },
};
const scoreOk = (examples: Record<string, unknown>) => ({
  description: 'The score. Published and derived figures are marked in `breakdown` and `*Provenance`.',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ScoreResult' }, examples } },
});

/** The API's OpenAPI 3.1 description. */
export function openApiDocument(origins: PublicOrigins = LOCAL_ORIGINS) {
  const def = lms.definition;
  const properties = Object.fromEntries(def.factors.map((f) => [f.id, factorSchema(f)]));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Liver Metastasis Score (LMS) API',
      version: def.version,
      summary: `${def.name}: ${def.outcome}.`,
      description: `${def.scope}\n\nSource: ${def.citation.text} doi:${def.citation.doi}.\n\n${def.derivation}\n\nDecision support only. No input is stored or logged.`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: origins.api, description: 'The API Worker (wrangler.toml): the API, the widget and the pages.' }],
    paths: {
      '/v1/lms/score': {
        get: {
          operationId: 'scoreGet',
          summary: 'Score one patient (query string, cacheable)',
          description:
            'Fields as query parameters; an absent or empty parameter is unknown. Responses carry a strong ETag and `Cache-Control: public, max-age=86400`; send If-None-Match for a 304. Prefer POST for identifiable data: URLs end up in logs outside this API.',
          parameters: def.factors.map((f) => ({
            name: f.id,
            in: 'query',
            required: false,
            description: factorSchema(f).description,
            schema: { type: 'string' },
            example: String((complete as Record<string, unknown>)[f.id]),
          })),
          responses: {
            '200': scoreOk({ complete: { value: example(complete) } }),
            '304': { description: 'Not modified (If-None-Match matched the ETag).' },
            '400': errors['400'],
            '429': errors['429'],
          },
        },
        post: {
          operationId: 'scorePost',
          summary: 'Score one patient (JSON body)',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/PatientInput' },
                examples: { complete: { value: complete }, partial: { value: partial } },
              },
              'application/x-www-form-urlencoded': {
                schema: { type: 'object', additionalProperties: { type: 'string' } },
              },
            },
          },
          responses: {
            '200': scoreOk({ complete: { value: example(complete) }, partial: { value: example(partial) } }),
            ...errors,
          },
        },
      },
      '/v1/lms/score/batch': {
        post: {
          operationId: 'scoreBatch',
          summary: 'Score a cohort (JSON or CSV)',
          description: `Up to ${BATCH_ROWS_TEXT}, ${BATCH_BYTES_TEXT} and ${BATCH_LIMITS.columns} CSV columns per request. Echoed CSV cells that a spreadsheet would run as a formula (starting with tab, CR or LF, or whose first visible character is =, +, -, @ or a full-width or other compatibility form of one) get a leading apostrophe. Every row comes back in order with its result or its errors; a bad row never fails the batch. CSV needs a header row naming the fields; an \`id\` column is echoed. Send a CSV body with \`Accept: text/csv\` to get CSV back (weights are read: \`text/csv;q=0\` gets JSON; input columns plus points, pointsMin, pointsMax, riskGroup, possibleRiskGroups, risk, relativeHazard, complete, errors). JSON rows carry each result's summary (figures and provenance, as the CSV columns) unless \`detail=full\` asks for the whole result with its breakdown (about four times the size; at most ${FULL_DETAIL_ROWS_TEXT} per request).`,
          parameters: [
            {
              name: 'detail',
              in: 'query',
              required: false,
              description:
                "summary (default): each row's figures and their provenance; full: the whole result, as POST /v1/lms/score answers it.",
              schema: { type: 'string', enum: ['summary', 'full'], default: 'summary' },
              example: 'summary',
            },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/BatchRequest' },
                example: {
                  patients: [
                    { id: 'p1', ...complete },
                    { id: 'p2', ki67: 'not a number' },
                  ],
                },
              },
              'text/csv': {
                schema: { type: 'string' },
                example:
                  'id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy\r\np1,12,yes,no,no\r\np2,2,no,no,\r\n',
              },
            },
          },
          responses: {
            '200': {
              description: 'One output row per input row, in order.',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/BatchResponse' } },
                'text/csv': { schema: { type: 'string' } },
              },
            },
            ...errors,
          },
        },
      },
      '/v1/lms/validate': {
        post: {
          operationId: 'validate',
          summary: 'Validate the score on a cohort with outcomes',
          description: `The batch columns plus \`time\` (follow-up until liver metastasis or last contact) and \`event\` (1 = liver metastasis, 0 = censored); an \`id\` column is echoed in exclusions. A CSV header without \`time\` or \`event\` is a 400 naming each (\`missing_column\`). Answers Harrell's C of the points and of the relative hazard (R's \`concordance(..., reverse = TRUE)\`) with a seeded percentile bootstrap 95% CI, Kaplan–Meier by risk group (Greenwood standard errors, log-scale CIs as R's survfit) and the observed risk at ${def.horizonYears.value} years next to the published one. Every row is used or excluded with its reason. Up to ${BATCH_ROWS_TEXT} and ${BATCH_BYTES_TEXT}, and bootstrap × rows at most ${VALIDATE_WORK}; nothing is stored.`,
          parameters: [
            {
              name: 'bootstrap',
              in: 'query',
              required: false,
              description: `Bootstrap replicates, 0 to ${BOOTSTRAP_LIMITS.max} (default ${BOOTSTRAP_LIMITS.default}); 0 gives no interval.`,
              schema: { type: 'integer', minimum: 0, maximum: BOOTSTRAP_LIMITS.max, default: BOOTSTRAP_LIMITS.default },
              example: '200',
            },
            {
              name: 'seed',
              in: 'query',
              required: false,
              description: 'Seed of the bootstrap; the same seed gives the same interval, bit for bit.',
              schema: { type: 'integer', minimum: 0, maximum: 4294967295, default: BOOTSTRAP_LIMITS.defaultSeed },
              example: '1',
            },
            {
              name: 'timeUnit',
              in: 'query',
              required: false,
              description: 'Unit of `time`; the horizon is converted to it.',
              schema: { type: 'string', enum: Object.keys(TIME_UNITS), default: 'months' },
              example: 'months',
            },
          ],
          requestBody: {
            required: true,
            content: {
              'text/csv': {
                schema: { type: 'string' },
                example:
                  'id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy,time,event\r\np1,12,yes,no,no,30,1\r\np2,2,no,no,yes,72,0\r\n',
              },
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['patients'],
                  properties: { patients: { type: 'array', maxItems: BATCH_LIMITS.rows, items: { type: 'object' } } },
                },
              },
            },
          },
          responses: {
            '200': {
              description:
                'rows { received, used, excluded[] }, timeUnit, bootstrap { replicates, seed }, cIndex and cIndexRelativeHazard { value, lower, upper, concordant, discordant, tiedRisk, tiedTime, tiedBoth }, groups[] { id, n, events, observedRisk { horizonMonths, value, lower, upper, notEstimable (no_patients | follow_up_ends | null), followUpEnds }, publishedRisk, observedExpected, kaplanMeier[] { time, survival, stdErr, lower, upper, atRisk, events, censored } }, model.',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            ...errors,
          },
        },
      },
      '/v1/lms': {
        get: {
          operationId: 'model',
          summary: 'The model definition with provenance marks',
          responses: {
            '200': {
              description: 'Factors, levels, points, hazard ratios, groups, citation, scope, version and hash.',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
      '/v1/models': {
        get: {
          operationId: 'models',
          summary: 'Available models',
          responses: {
            '200': {
              description: 'The list of models.',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
      ...ehrPaths(origins),
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'Uptime check',
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    components: {
      schemas: {
        PatientInput: { type: 'object', additionalProperties: false, properties },
        ScoreResult: {
          type: 'object',
          description: `See docs/core.md: complete, points, pointsRange, riskGroup, possibleRiskGroups, risk, horizonYears, relativeHazard, relativeHazardRange, breakdown, whatIf, model. Deprecated: fiveYearRisk and fiveYearRiskProvenance, the names of risk and riskProvenance before 0.2.0, answered beside them until ${V1_ALIAS_SUNSET} (docs/api.md#versioning).`,
          example: example(complete),
          properties: {
            fiveYearRisk: {
              type: ['number', 'null'],
              deprecated: true,
              description: `The name of risk before 0.2.0, with its value, for results whose horizon is 5 years; answered until ${V1_ALIAS_SUNSET}.`,
            },
            fiveYearRiskProvenance: {
              type: 'string',
              deprecated: true,
              description: `The name of riskProvenance before 0.2.0; answered until ${V1_ALIAS_SUNSET}.`,
            },
          },
        },
        BatchRequest: {
          type: 'object',
          required: ['patients'],
          properties: {
            patients: {
              type: 'array',
              maxItems: BATCH_LIMITS.rows,
              items: { type: 'object', properties: { id: { type: ['string', 'number'] }, ...properties } },
            },
          },
        },
        BatchResponse: {
          type: 'object',
          properties: {
            model: { type: 'object' },
            results: {
              type: 'array',
              items: {
                oneOf: [
                  {
                    type: 'object',
                    required: ['result'],
                    properties: {
                      id: {},
                      result: {
                        description: 'BatchResult (detail=summary, the default) or ScoreResult (detail=full).',
                        oneOf: [
                          { $ref: '#/components/schemas/BatchResult' },
                          { $ref: '#/components/schemas/ScoreResult' },
                        ],
                      },
                    },
                  },
                  {
                    type: 'object',
                    required: ['errors'],
                    properties: {
                      id: {},
                      errors: { type: 'array', items: { $ref: '#/components/schemas/FieldProblem' } },
                    },
                  },
                ],
              },
            },
          },
        },
        BatchResult: {
          type: 'object',
          description:
            "A batch row's summary: complete, points, pointsRange, riskGroup, possibleRiskGroups, risk, relativeHazard, relativeHazardRange, horizonYears, pointsProvenance, riskProvenance.",
          example: batchResult(score((parse(complete) as { ok: true; value: never }).value)),
        },
        FieldProblem: {
          type: 'object',
          required: ['field', 'code', 'message'],
          properties: {
            field: { type: 'string' },
            code: {
              type: 'string',
              enum: [...CORE_PROBLEM_CODES, ...CSV_PROBLEM_CODES, ...API_PROBLEM_CODES],
              description: [...CORE_PROBLEM_CODES, ...CSV_PROBLEM_CODES, ...API_PROBLEM_CODES]
                .map((c) => `${c}: ${PROBLEM_CODE_TEXT[c]}`)
                .join('\n'),
            },
            message: { type: 'string' },
          },
        },
        Problem: {
          type: 'object',
          description: 'RFC 9457 problem details.',
          required: ['type', 'title', 'status', 'detail', 'errors'],
          properties: {
            type: { type: 'string', enum: Object.keys(PROBLEM_TYPES).map((t) => `/docs#problem-${t}`) },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            errors: { type: 'array', items: { $ref: '#/components/schemas/FieldProblem' } },
          },
        },
      },
    },
  };
}
