import { lms } from '@lms-score/core';
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../common/app-env.ts';
import { cachedJson, etagOf } from '../common/etag.ts';

const CACHE = 'public, max-age=3600';
const modelBody = JSON.stringify({ ...lms.definition, hash: lms.stamp.hash });
const modelsBody = JSON.stringify({
  models: [
    {
      id: lms.stamp.id,
      name: lms.definition.name,
      version: lms.stamp.version,
      hash: lms.stamp.hash,
      href: `/v1/${lms.stamp.id}`,
    },
  ],
});
// These bodies never change within a release: hash each once, on first use.
let tags: [string, string] | undefined;
const etags = () => (tags ??= [etagOf(modelBody), etagOf(modelsBody)]);

/** GET /v1/lms (the definition with provenance marks) and GET /v1/models (the list). */
export const modelRoutes = new Hono<AppEnv>()
  .get('/lms', (c) => cachedJson(c.req.raw, modelBody, CACHE, etags()[0]))
  .get('/models', (c) => cachedJson(c.req.raw, modelsBody, CACHE, etags()[1]));
