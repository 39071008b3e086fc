// The EHR Worker's answers name its public addresses (PUBLIC_ORIGIN, CALCULATOR_ORIGIN, as
// `npm run deploy` sets them), never the address a request happened to reach.
import { env as workerEnv } from 'cloudflare:workers';
import { lms } from '@lms-score/core';
import { describe, expect, it } from 'vitest';
import type { Env } from '../../worker/common/app-env.ts';
import { ehrApp } from '../../worker/ehr/ehr-app.ts';
import { ADJUVANT_CODES, completeProfiles, hookRequest, prefetchFor } from './cds-fixtures.ts';

const allow = { limit: async () => ({ success: true }) };
const env = {
  SCORE_LIMITER: allow,
  LMS_ADJUVANT_THERAPY_CODES: ADJUVANT_CODES,
  REPLAY_LEDGER: workerEnv.REPLAY_LEDGER,
  ASSETS: workerEnv.ASSETS,
  PUBLIC_ORIGIN: 'https://ehr.lms.example.org',
  CALCULATOR_ORIGIN: 'https://lms.example.org',
  SMART_APP: JSON.stringify({
    clientId: 'lms',
    servers: [{ fhir: 'https://ehr.example/fhir', auth: 'https://ehr.example' }],
  }),
} as unknown as Env;
const app = ehrApp(lms);
const LOCAL = 'http://127.0.0.1:8788';

describe('with PUBLIC_ORIGIN and CALCULATOR_ORIGIN set', () => {
  it('cards, the Questionnaire, a RiskAssessment and the SMART page name them, and no local address', async () => {
    const card = await app.request(
      `${LOCAL}/cds-services/lms`,
      {
        method: 'POST',
        body: JSON.stringify(hookRequest(prefetchFor(completeProfiles[12]!))),
        headers: { 'content-type': 'application/json' },
      },
      env,
    );
    const cardText = await card.text();
    expect(cardText).toContain('https://lms.example.org/embed#');
    expect(cardText).toContain('"url":"https://ehr.lms.example.org/smart/launch"');
    expect(cardText).toContain('https://ehr.lms.example.org/fhir/CodeSystem/models');
    const questionnaire = await (await app.request(`${LOCAL}/fhir/Questionnaire/lms`, {}, env)).text();
    expect(questionnaire).toContain('"url":"https://ehr.lms.example.org/fhir/Questionnaire/lms"');
    const page = await (await app.request(`${LOCAL}/smart/app`, {}, env)).text();
    expect(page).toContain('"origin":"https://ehr.lms.example.org"');
    for (const text of [cardText, questionnaire, page]) expect(text).not.toContain('127.0.0.1');
  });

  it('sends /docs, where its problems’ types point, to the API Worker’s reference', async () => {
    const res = await app.request(`${LOCAL}/docs`, {}, env);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://lms.example.org/docs');
  });
});
