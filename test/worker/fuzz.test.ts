import fc from 'fast-check';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { lms, parse, score } from '../../shared/lms.ts';
import { batchResult } from '../../shared/score-row.ts';
import { validateCohort } from '../../shared/validate-cohort.ts';
import { withV1Aliases } from '../../worker/api/v1-aliases.ts';
import {
  contentType,
  csvCell,
  FIELDS,
  hostileRequest,
  jsonBody,
  jsonPatient,
  key,
  textPatient,
} from './fuzz-arbitraries.ts';
import { call as send } from './helpers.ts';

declare module 'vitest' {
  interface ProvidedContext {
    fuzzRuns: number;
    fuzzTimed: boolean;
  }
}

const runs = inject('fuzzRuns');
const timed = inject('fuzzTimed');
// Every request's wall time, response included: no body within the limits may take 1 s or more.
const durations: number[] = [];
const SLOW_MS = 1000;
const call: typeof send = async (path, init) => {
  // workerd's clock stands still between I/O events (a Spectre mitigation): a timer turn first
  // brings it up to date, so building the payload is not counted as the request's time.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const start = performance.now();
  const res = await send(path, init);
  const body = await res.arrayBuffer();
  durations.push(performance.now() - start);
  return new Response(res.status === 304 ? null : body, res);
};
const slowestShape: Record<string, number> = {};
afterAll(() => {
  for (const [what, ms] of Object.entries(slowestShape)) console.log(`fuzz: slowest ${what}: ${ms.toFixed(0)} ms`);
  const slowest = Math.max(0, ...durations);
  const slow = durations.filter((d) => d >= SLOW_MS).length;
  console.log(
    `fuzz: ${durations.length} generated requests sent to the Worker; slowest ${slowest.toFixed(0)} ms; ${slow} at or over ${SLOW_MS} ms`,
  );
});
const ENVELOPE_FIELDS = ['input', 'body', 'patients', 'row', 'id'];

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: { field: string; code: string; message: string }[];
}

/** What every response must be: never a 5xx; every 4xx a problem naming a field the caller sent. */
async function checkResponse(res: Response, sentKeys: string[]): Promise<unknown> {
  expect(res.status).toBeLessThan(500);
  if (res.status < 400) return res.headers.get('content-type')?.includes('json') ? res.json() : res.text();
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = (await res.json()) as ProblemBody;
  expect(body).toMatchObject({
    status: res.status,
    type: expect.stringMatching(/^\/docs#problem-/),
    title: expect.any(String),
    detail: expect.any(String),
  });
  if (res.status === 400) {
    expect(body.errors.length).toBeGreaterThan(0);
    for (const e of body.errors) expect([...sentKeys, ...ENVELOPE_FIELDS]).toContain(e.field);
  }
  return body;
}

/** Core's verdict for the same raw input: the API must agree exactly. */
function expectCoreAgreement(status: number, body: unknown, raw: unknown, source: 'json' | 'text') {
  const parsed = parse(raw, { source });
  if (parsed.ok) {
    expect(status).toBe(200);
    expect(body).toEqual(JSON.parse(withV1Aliases(JSON.stringify(score(parsed.value)))));
  } else {
    expect(status).toBe(400);
    expect((body as ProblemBody).errors.map(({ field, code }) => ({ field, code }))).toEqual(
      expect.arrayContaining(parsed.problems.map(({ field, code }) => ({ field, code }))),
    );
  }
}

describe(`fuzzing the API in workerd (${runs} runs per property)`, () => {
  it("GET /v1/lms/score: any query string gets the core's verdict, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(textPatient, async (pairs) => {
        const query = new URLSearchParams(pairs);
        const res = await call(`/v1/lms/score?${query}`);
        const body = await checkResponse(
          res,
          pairs.map(([k]) => k),
        );
        const keys = pairs.map(([k]) => k);
        if (new Set(keys).size === keys.length)
          expectCoreAgreement(res.status, body, Object.fromEntries(pairs), 'text');
        else expect(res.status).toBe(400);
      }),
      { numRuns: runs },
    );
  });

  it("POST /v1/lms/score: any body and content type gets the core's verdict, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(jsonBody, contentType, async (generated, type) => {
        const res = await call('/v1/lms/score', {
          method: 'POST',
          headers: type ? { 'content-type': type } : {},
          body: generated,
        });
        // What the server received, read the way it reads it: the runtime's own encoding of a
        // string body (a lone surrogate may become one U+FFFD or three) and its decoding.
        const body = await new Request('http://x/', { method: 'POST', body: generated }).text();
        let raw: unknown;
        try {
          raw = JSON.parse(body);
        } catch {
          raw = undefined;
        }
        const media = type.split(';')[0]!.trim().toLowerCase();
        const json = media === 'application/json';
        const form = media === 'application/x-www-form-urlencoded';
        const sent = form
          ? [...new URLSearchParams(body).keys()]
          : raw && typeof raw === 'object'
            ? Object.keys(raw)
            : [];
        const payload = await checkResponse(res, sent);
        if (json && raw !== undefined) expectCoreAgreement(res.status, payload, raw, 'json');
        if (form) {
          const fields = [...new URLSearchParams(body).keys()];
          if (new Set(fields).size === fields.length)
            expectCoreAgreement(res.status, payload, Object.fromEntries(new URLSearchParams(body)), 'text');
        }
        if (!json && !form) expect(res.status).toBe(415);
      }),
      { numRuns: runs },
    );
  });

  it('POST batch (JSON): one output row per input row, in order, each agreeing with the core', async () => {
    const patients = fc.array(
      fc.oneof({ weight: 8, arbitrary: jsonPatient }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }),
      { maxLength: 40 },
    );
    await fc.assert(
      fc.asyncProperty(patients, async (rows) => {
        const res = await call('/v1/lms/score/batch', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ patients: rows }),
        });
        const body = (await checkResponse(res, [])) as {
          results: { id?: unknown; result?: unknown; errors?: unknown[] }[];
        };
        expect(body.results).toHaveLength(rows.length);
        rows.forEach((row, i) => {
          const out = body.results[i]!;
          const isObject = row !== null && typeof row === 'object' && !Array.isArray(row);
          const { id, ...fields } = isObject ? (row as Record<string, unknown>) : { id: undefined };
          const parsed = parse(isObject ? fields : row);
          // A whole number past 2^53 - 1 is refused: JSON parsing has already rounded it (docs/api.md).
          const idOk =
            id === undefined ||
            id === null ||
            typeof id === 'string' ||
            (typeof id === 'number' &&
              Number.isFinite(id) &&
              (!Number.isInteger(id) || Math.abs(id) <= Number.MAX_SAFE_INTEGER));
          if (parsed.ok && idOk) expect(out.result).toEqual(batchResult(score(parsed.value)));
          else expect(out.errors!.length).toBeGreaterThan(0);
        });
      }),
      {
        numRuns: Math.ceil(runs / 4),
        // Found by this property once: ids either side of the largest exact whole number.
        examples: [[[{ id: -9007199254740992 }, { id: 9007199254740991 }, { id: 2 ** 53 }, { id: 0.5 }]]],
      },
    );
  });

  it('POST batch (CSV): a header of id and model fields gets every row back in order; any other header is refused naming the column', async () => {
    const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
      fc.tuple(
        fc.array(
          key.filter((k) => !/[\r\n]/.test(k)),
          { minLength: width, maxLength: width },
        ),
        fc.array(fc.array(csvCell, { minLength: width, maxLength: width }), { maxLength: 25 }),
      ),
    );
    // An independent writer: RFC 4180 quoting of every cell.
    const line = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
    const allowed = new Set(['id', ...FIELDS]);
    await fc.assert(
      fc.asyncProperty(table, fc.boolean(), async ([header, rows], crlf) => {
        const eol = crlf ? '\r\n' : '\n';
        const csv = [line(header), ...rows.map(line)].join(eol) + eol;
        const res = await call('/v1/lms/score/batch', {
          method: 'POST',
          headers: { 'content-type': 'text/csv', accept: 'application/json' },
          body: csv,
        });
        const names = header.map((h) => h.trim());
        const body = (await checkResponse(res, [...names, 'header'])) as {
          results: unknown[];
          errors: { field: string }[];
        };
        const acceptable = names.every((n) => allowed.has(n)) && new Set(names).size === names.length;
        if (acceptable)
          expect(body.results).toHaveLength(rows.length); // quoted cells: no line is blank
        else expect(res.status).toBe(400);
      }),
      { numRuns: Math.ceil(runs / 4) },
    );
  });

  it('hostile shapes up to the size limits (wide headers, huge cells, deep JSON, many fields) answer fast, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest, async ([what, path, type, build]) => {
        const payload = build();
        const res = type
          ? await call(path, { method: 'POST', headers: { 'content-type': type }, body: payload })
          : await call(`${path}?${payload}`);
        expect(res.status).toBeLessThan(500);
        if (timed) expect(durations.at(-1), what).toBeLessThan(SLOW_MS);
        slowestShape[what] = Math.max(slowestShape[what] ?? 0, durations.at(-1)!);
      }),
      { numRuns: Math.max(20, Math.ceil(runs / 20)) },
    );
  });

  it('POST validate (JSON): any cohort gets the core validation, every row accounted for', async () => {
    const outcome = fc.record({
      time: fc.oneof(fc.nat({ max: 120 }), fc.constantFrom(-1, 0, 0.5, '12', '', null, 'x', Number.POSITIVE_INFINITY)),
      event: fc.oneof(fc.constantFrom(0, 1), fc.constantFrom('1', '0', 2, true, null, -1)),
    });
    const row = fc.oneof(
      { weight: 9, arbitrary: fc.tuple(jsonPatient, outcome).map(([p, o]) => ({ ...p, ...o })) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 60 }),
        fc.nat({ max: 50 }),
        fc.nat(),
        async (rows, bootstrap, seed) => {
          const res = await call(`/v1/lms/validate?bootstrap=${bootstrap}&seed=${seed}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ patients: rows }),
          });
          const body = (await checkResponse(res, [])) as {
            rows: { received: number; used: number; excluded: unknown[] };
          };
          expect(res.status).toBe(200);
          // The core on the same rows as the server read them (JSON turns Infinity into null).
          const expected = validateCohort(lms, JSON.parse(JSON.stringify(rows)), { bootstrap, seed, source: 'json' });
          expect(body).toEqual(JSON.parse(JSON.stringify(expected)));
          expect(body.rows.used + body.rows.excluded.length).toBe(rows.length);
        },
      ),
      { numRuns: Math.ceil(runs / 6) },
    );
  });

  it('oversized bodies and rows are refused with 413 problems, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 16 * 1024 + 1, max: 64 * 1024 }), async (size) => {
        const res = await call('/v1/lms/score', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: `{"ki67":"${'9'.repeat(size)}"}`,
        });
        await checkResponse(res, ['ki67']);
        expect(res.status).toBe(413);
      }),
      { numRuns: Math.min(runs, 50) },
    );
    const rows = await call('/v1/lms/score/batch', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: `ki67\n${'1\n'.repeat(10_001)}`,
    });
    expect(rows.status).toBe(413);
  });

  it.runIf(timed)(`no generated request took ${SLOW_MS} ms or more (npm run fuzz)`, () => {
    expect(durations.length).toBeGreaterThan(0);
    expect(durations.filter((d) => d >= SLOW_MS)).toEqual([]);
  });
});
