import { env as workerEnv } from 'cloudflare:workers';
import { lms } from '@lms-score/core';
import { describe, expect, it } from 'vitest';
import type { Env } from '../../worker/common/app-env.ts';
import { ehrApp } from '../../worker/ehr/ehr-app.ts';
import { smartConfig } from '../../worker/ehr/smart/smart-config.ts';
import { cdsSchemaErrors } from '../cds/cds-schema.ts';
import { ADJUVANT_CODES, hookRequest, prefetchFor } from './cds-fixtures.ts';

const ORIGIN = 'http://lms.test';
const allow = { limit: async () => ({ success: true }) };
const SMART_APP = JSON.stringify({
  clientId: 'lms',
  servers: [
    {
      fhir: 'https://ehr.example/fhir/',
      auth: 'https://login.ehr.example/oauth2/authorize',
      ui: 'https://chart.ehr.example',
    },
  ],
  writeBack: true,
});
const env = (extra: Partial<Env> = {}) =>
  ({
    SCORE_LIMITER: allow,
    LMS_ADJUVANT_THERAPY_CODES: ADJUVANT_CODES,
    REPLAY_LEDGER: workerEnv.REPLAY_LEDGER,
    ASSETS: workerEnv.ASSETS,
    CALCULATOR_ORIGIN: 'https://calc.example',
    ...extra,
  }) as Env;
const app = ehrApp(lms);
const get = (path: string, e: Env) => app.request(`${ORIGIN}${path}`, {}, e);

describe('the SMART app’s settings (SMART_APP)', () => {
  it('reads servers to their FHIR base and authorization origin, write-back off unless true', () => {
    const read = smartConfig(
      JSON.stringify({
        clientId: 'lms',
        servers: [{ fhir: 'https://ehr.example/fhir/', auth: 'https://a.example/x' }],
      }),
    );
    expect(read).toEqual({
      ok: true,
      value: {
        clientId: 'lms',
        servers: [{ fhir: 'https://ehr.example/fhir', auth: 'https://a.example' }],
        writeBack: false,
      },
    });
    expect(smartConfig(undefined)).toBeNull();
  });

  it.each([
    ['not JSON', '{', 'SMART_APP is not JSON.'],
    ['no client id', '{"servers":[{"fhir":"https://e.example","auth":"https://e.example"}]}', 'SMART_APP.clientId'],
    ['no servers', '{"clientId":"lms","servers":[]}', 'SMART_APP.servers must be a non-empty array'],
    [
      'plain http off loopback',
      '{"clientId":"lms","servers":[{"fhir":"http://e.example","auth":"https://e.example"}]}',
      'SMART_APP.servers[0]',
    ],
    [
      'a string for writeBack',
      '{"clientId":"lms","servers":[{"fhir":"https://e.example","auth":"https://e.example"}],"writeBack":"yes"}',
      'SMART_APP.writeBack',
    ],
  ])('refuses %s, naming the setting', (_, json, named) => {
    const read = smartConfig(json);
    expect(read?.ok).toBe(false);
    expect(read && !read.ok && read.problems.join(' ')).toContain(named);
  });
});

describe('/smart/launch and /smart/app', () => {
  it('say the app is off when SMART_APP is unset, and what is wrong when it is set wrongly', async () => {
    const off = await get('/smart/launch', env());
    expect(off.status).toBe(404);
    expect(await off.text()).toContain('not set up on this server (SMART_APP is unset)');
    const wrong = await get('/smart/app', env({ SMART_APP: '{"clientId":"lms"}' }));
    expect(wrong.status).toBe(503);
    expect(await wrong.text()).toContain('SMART_APP.servers must be a non-empty array');
  });

  it('serve the page with a CSP naming only the configured servers and the calculator', async () => {
    const res = await get('/smart/app', env({ SMART_APP }));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toBe(
      [
        "default-src 'none'",
        "script-src 'self' https://calc.example",
        "style-src 'self'",
        "img-src 'self' data:",
        'connect-src https://ehr.example https://login.ehr.example',
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'self' https://chart.ehr.example",
      ].join('; '),
    );
    const html = await res.text();
    const settings = JSON.parse(
      /<script type="application\/json" id="lms-smart-settings">(.*?)<\/script>/s.exec(html)![1]!,
    );
    expect(settings).toMatchObject({
      clientId: 'lms',
      servers: ['https://ehr.example/fhir'],
      writeBack: true,
      origin: ORIGIN,
    });
    expect(settings.codes.adjuvantTherapy).toHaveLength(1);
    expect(html).toContain('id="save-button"');
    // Without write-back there is no save button (and the scope is never asked for).
    const readOnly = await get(
      '/smart/app',
      env({ SMART_APP: SMART_APP.replace('"writeBack":true', '"writeBack":false') }),
    );
    expect(await readOnly.text()).not.toContain('save-button');
  });

  it('refuses an EHR launch from a FHIR server that is not configured, escaping what it echoes', async () => {
    const res = await get(
      `/smart/launch?iss=${encodeURIComponent('https://evil.example/<script>')}&launch=x`,
      env({ SMART_APP }),
    );
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('not set up for the FHIR server https://evil.example/&lt;script&gt;');
    expect(text).not.toContain('<script>');
    expect(
      (await get(`/smart/launch?iss=${encodeURIComponent('https://ehr.example/fhir')}&launch=x`, env({ SMART_APP })))
        .status,
    ).toBe(200);
  });

  it('keeps settings JSON inside its script element whatever the adjuvant codes hold', async () => {
    const codes = JSON.stringify([{ system: 'http://h.example/</script><script>alert(1)</script>', code: 'x' }]);
    const html = await (await get('/smart/app', env({ SMART_APP, LMS_ADJUVANT_THERAPY_CODES: codes }))).text();
    expect(html.match(/<\/script>/g)).toHaveLength(2); // the settings' and the module's own
  });
});

describe('the CDS card and the SMART app', () => {
  const call = (e: Env) =>
    app.request(
      `${ORIGIN}/cds-services/lms`,
      {
        method: 'POST',
        body: JSON.stringify(hookRequest(prefetchFor({ ki67: 12, vascularInvasion: true }))),
        headers: { 'content-type': 'application/json' },
      },
      e,
    );

  it('offers the app as a smart link with what was found in appContext, when it is set up', async () => {
    const body = (await (await call(env({ SMART_APP }))).json()) as { cards: { links: Record<string, string>[] }[] };
    expect(cdsSchemaErrors('Response', body)).toEqual([]);
    const smart = body.cards[0]!.links.find((l) => l.type === 'smart')!;
    expect(smart.url).toBe(`${ORIGIN}/smart/launch`);
    expect(JSON.parse(smart.appContext!)).toEqual({ found: { ki67: '12', 'vascular-invasion': 'yes' } });
    const without = (await (await call(env())).json()) as { cards: { links: { type: string }[] }[] };
    expect(without.cards[0]!.links.map((l) => l.type)).toEqual(['absolute']);
  });
});
