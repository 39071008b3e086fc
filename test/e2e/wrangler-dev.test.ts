import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevServer, startDevServer } from '../../scripts/support/dev-server.ts';

describe('wrangler dev, as npm start runs it', { timeout: 30_000 }, () => {
  let server: DevServer;
  beforeAll(async () => {
    server = await startDevServer();
  }, 90_000);
  afterAll(() => server?.stop());

  it('scores a patient over real HTTP on 127.0.0.1', async () => {
    const res = await fetch(
      `${server.url}/v1/lms/score?ki67=25&vascularInvasion=yes&lymphNodeMetastasis=yes&adjuvantTherapy=no`,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ points: 8, riskGroup: 'high', relativeHazard: 624.754973 });
  });

  it('routes static assets through the real assets router', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${server.url}/docs`)).status).toBe(200);
    expect((await fetch(`${server.url}/openapi.json`)).headers.get('content-type')).toContain('application/json');
  });

  it('never logs a request body or query value, on success or error', async () => {
    const marks = ['17.4321', '18.8765', 'zq-bad-value', '12.3456', 'patient-7f3a', '99.1357'];
    await fetch(`${server.url}/v1/lms/score?ki67=17.4321`);
    await fetch(`${server.url}/v1/lms/score`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"ki67": 18.8765}',
    });
    await fetch(`${server.url}/v1/lms/score?vascularInvasion=zq-bad-value`);
    await fetch(`${server.url}/v1/lms/score/batch`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'id,ki67\npatient-7f3a,12.3456\n',
    });
    await fetch(`${server.url}/v1/lms/score`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '99.1357',
    });
    await new Promise((r) => setTimeout(r, 300));
    const log = server.output();
    expect(log).toContain('GET /v1/lms/score'); // the log is captured at all
    for (const mark of marks) expect(log).not.toContain(mark);
  });
});
