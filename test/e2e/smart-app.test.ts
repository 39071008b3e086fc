// The SMART on FHIR app end to end: the EHR Worker and the calculator under `wrangler dev`, a SMART
// EHR (authorization server + FHIR server, real HTTP on loopback) and Chromium. Both launches, every
// complete profile read from Observations, and what goes wrong: a denied consent, an expired
// token, a refused write, a patient with nothing to read.
import { lms } from '@lms-score/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/support/browser.ts';
import { type DevServer, startDevServer } from '../../scripts/support/dev-server.ts';
import { ADJUVANT_CODES, completeProfiles, observationsFor, partialProfiles } from '../ehr/cds-fixtures.ts';
import { type SmartEhr, startSmartEhr } from './smart-ehr.ts';

const CLIENT_ID = 'lms-test-client';
type Values = (typeof completeProfiles)[number];

describe('the SMART on FHIR app', { timeout: 240_000 }, () => {
  let ehr: SmartEhr;
  let calculator: DevServer;
  let worker: DevServer;
  let browser: Browser;
  let serial = 0;

  beforeAll(async () => {
    ehr = await startSmartEhr(CLIENT_ID);
    calculator = await startDevServer();
    const smartApp = JSON.stringify({
      clientId: CLIENT_ID,
      servers: [{ fhir: ehr.fhir, auth: ehr.auth }],
      writeBack: true,
    });
    worker = await startDevServer([
      '-c',
      'wrangler.ehr.toml',
      '--var',
      `SMART_APP:${smartApp}`,
      '--var',
      `CALCULATOR_ORIGIN:${calculator.url}`,
      '--var',
      `LMS_ADJUVANT_THERAPY_CODES:${ADJUVANT_CODES}`,
    ]);
    ehr.app = worker.url;
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await Promise.all([worker?.stop(), calculator?.stop(), ehr?.close()]);
  });

  /** A patient with these values in the record; returns the EHR launch id for them. */
  const patientWith = (values: Values | Partial<Values>) => {
    const patient = `p-${++serial}`;
    const list = Object.values(observationsFor(values, serial)).flat();
    ehr.patients.set(
      patient,
      list.map((o) => ({ ...o, id: `${patient}-${o.id}`, subject: { reference: `Patient/${patient}` } })),
    );
    ehr.launches.set(`launch-${patient}`, patient);
    return patient;
  };
  const status = (page: Page) => page.locator('#status').textContent();
  const open = async (path: string) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await page.goto(`${worker.url}${path}`);
    return { page, errors, requests };
  };
  const ehrLaunch = (patient: string) =>
    open(`/smart/launch?iss=${encodeURIComponent(ehr.fhir)}&launch=launch-${patient}`);
  const result = (page: Page) =>
    page.evaluate(() => {
      const r = (document.querySelector('lms-calculator') as unknown as { result: Record<string, unknown> | null })
        .result;
      return r && { points: r.points, pointsRange: r.pointsRange, riskGroup: r.riskGroup, risk: r.risk };
    });
  const expected = (values: Partial<Values>) => {
    const parsed = lms.parse(values);
    if (!parsed.ok) throw new Error('a fixture the core refuses');
    const r = lms.score(parsed.value);
    return { points: r.points, pointsRange: r.pointsRange, riskGroup: r.riskGroup, risk: r.risk };
  };

  it('fills the calculator from the record in an EHR launch, for every complete profile', async () => {
    for (const profile of completeProfiles) {
      const patient = patientWith(profile);
      const { page, errors } = await ehrLaunch(patient);
      await expect.poll(() => status(page), { timeout: 20_000 }).toContain('Found 4 of 4 factors');
      await expect.poll(() => result(page)).toEqual(expected(profile));
      expect(errors).toEqual([]);
      await page.close();
    }
    // Every read named the patient in context and carried a live token.
    expect(ehr.log.searches.every((q) => /^p-\d+$/.test(q.get('patient') ?? ''))).toBe(true);
    expect(ehr.log.unauthorized).toBe(0);
    const scopes = ehr.log.authorize.map((q) => q.get('scope'));
    expect(new Set(scopes)).toEqual(
      new Set(['launch openid fhirUser patient/Observation.rs patient/Patient.r patient/RiskAssessment.c']),
    );
  });

  it('leaves what the record lacks unknown, gives the range, and says where each value came from', async () => {
    for (const profile of partialProfiles.slice(0, 6)) {
      const { page } = await ehrLaunch(patientWith(profile));
      const n = Object.keys(profile).length;
      await expect.poll(() => status(page), { timeout: 20_000 }).toContain(`Found ${n} of 4 factors`);
      await expect.poll(() => result(page)).toEqual(expected(profile));
      const notes = await page.locator('lms-calculator [part="source"]').allTextContents();
      expect(notes.filter((t) => t.startsWith('From the record: Observation/p-'))).toHaveLength(n);
      expect(notes.filter((t) => t.startsWith('Not found in the record'))).toHaveLength(4 - n);
      await page.close();
    }
  });

  it('shows the Observation, its date and code under a field, and says so when the reader changes it', async () => {
    const { page } = await ehrLaunch(patientWith({ ki67: 12, vascularInvasion: true }));
    await expect.poll(() => status(page), { timeout: 20_000 }).toContain('Found 2 of 4 factors');
    const ki67Note = page.locator('lms-calculator #ki67-source');
    await expect
      .poll(() => ki67Note.textContent(), { timeout: 20_000 })
      .toMatch(/^From the record: Observation\/p-\d+-obs-\d+, 2025-03-01, LOINC 29593-1 "Cells\.Ki-67/);
    await page.locator('lms-calculator #ki67').fill('25');
    await expect.poll(() => ki67Note.textContent()).toMatch(/^Changed here\. The record says 12% \(Observation\//);
    expect(await page.locator('lms-calculator #adjuvantTherapy-source').textContent()).toBe(
      'Not found in the record: unknown until you enter it.',
    );
    await page.close();
  });

  it('starts a standalone launch with launch/patient and reads the chosen patient', async () => {
    ehr.standalonePatient = patientWith(completeProfiles[5]!);
    const { page } = await open('/smart/launch');
    await expect.poll(() => status(page), { timeout: 20_000 }).toContain('Found 4 of 4 factors');
    await expect.poll(() => result(page)).toEqual(expected(completeProfiles[5]!));
    // No chart around a standalone launch: the page says whose record it shows.
    expect(await page.locator('#patient').textContent()).toBe(
      `Patient: Test Patient ${ehr.standalonePatient}, born 1960-04-01 (Patient/${ehr.standalonePatient})`,
    );
    expect(ehr.log.authorize.at(-1)!.get('scope')).toBe(
      'launch/patient openid fhirUser patient/Observation.rs patient/Patient.r patient/RiskAssessment.c',
    );
    expect(ehr.log.authorize.at(-1)!.has('launch')).toBe(false);
    await page.close();
  });

  it('saves a RiskAssessment only on a click, only with one group, and says what the record answered', async () => {
    // Ki-67 12%, node-positive, vascular invasion absent: intermediate or high until adjuvant therapy is known.
    const { adjuvantTherapy: _, ...known } = completeProfiles[10]!;
    expect(expected(known).riskGroup).toBeNull();
    const { page } = await ehrLaunch(patientWith(known));
    const button = page.locator('#save-button');
    await expect.poll(() => status(page), { timeout: 20_000 }).toContain('Found 3 of 4');
    await expect
      .poll(() => page.locator('#save-why').textContent())
      .toBe('Saving needs one possible risk group: enter the unknown factors.');
    expect(await button.isDisabled()).toBe(true);
    await page.locator('lms-calculator input[name="adjuvantTherapy"][value="no"]').check();
    await expect.poll(() => button.isDisabled()).toBe(false);
    expect(ehr.log.created).toHaveLength(0); // nothing written without a click
    await button.click();
    await expect
      .poll(() => page.locator('#save-status').textContent())
      .toMatch(/^Saved to the record as RiskAssessment\/ra-1 /);
    const saved = ehr.log.created[0] as {
      subject: { reference: string };
      basis: { reference: string }[];
      prediction: { probabilityDecimal: number }[];
    };
    const patient = [...ehr.launches.values()].at(-1)!;
    expect(saved.subject.reference).toBe(`Patient/${patient}`);
    expect(saved.basis).toHaveLength(3); // adjuvant therapy was entered here, not read
    expect(saved.prediction[0]!.probabilityDecimal).toBe(expected({ ...known, adjuvantTherapy: false }).risk);

    ehr.refuseWrites = true;
    await button.click();
    await expect
      .poll(() => page.locator('#save-status').textContent())
      .toBe('Not saved. The record refused it (403): This user may not add RiskAssessments to the record.');
    ehr.refuseWrites = false;
    expect(ehr.log.created).toHaveLength(1);
    // What was said of a save is about the inputs it saved: an edit clears it.
    await page.locator('lms-calculator input[name="adjuvantTherapy"][value="yes"]').check();
    await expect.poll(() => page.locator('#save-status').textContent()).toBe('');
    await page.close();
  });

  it('says so when consent is denied, the token has expired, or the record has nothing', async () => {
    ehr.consent = 'deny';
    let { page } = await ehrLaunch(patientWith(completeProfiles[0]!));
    await expect
      .poll(() => status(page), { timeout: 20_000 })
      .toBe(
        'Not connected to the record (access_denied: The user declined to share the record). Nothing was read. Launch the app again from the patient’s chart.',
      );
    expect(await page.locator('#save').count()).toBe(0); // nothing to save without a record
    ehr.consent = 'grant';
    await page.close();

    ehr.expireTokens = true;
    const before = ehr.log.unauthorized;
    ({ page } = await ehrLaunch(patientWith(completeProfiles[1]!)));
    await expect
      .poll(() => status(page), { timeout: 20_000 })
      .toContain('The record could not be read. The record no longer accepts this session (401)');
    expect(ehr.log.unauthorized).toBeGreaterThan(before);
    ehr.expireTokens = false;
    await page.close();

    ({ page } = await ehrLaunch(patientWith({})));
    await expect
      .poll(() => status(page), { timeout: 20_000 })
      .toBe('No LMS factors were found in the record for this patient: enter them below.');
    await expect.poll(() => result(page)).toEqual(expected({}));
    await page.close();
  });

  it('talks only to the configured servers, and tells this Worker nothing about the patient', async () => {
    const { page, requests } = await ehrLaunch(patientWith(completeProfiles[3]!));
    await expect.poll(() => status(page), { timeout: 20_000 }).toContain('Found 4 of 4');
    const csp = (await page.request.get(`${worker.url}/smart/app`)).headers()['content-security-policy']!;
    expect(csp).toContain(`connect-src ${new URL(ehr.fhir).origin} ${ehr.auth};`);
    expect(csp).toContain(`script-src 'self' ${calculator.url};`);
    const origins = new Set(requests.map((r) => new URL(r.split(' ')[1]!).origin));
    expect([...origins].sort()).toEqual([worker.url, calculator.url, new URL(ehr.fhir).origin, ehr.auth].sort());
    const toWorker = requests.filter((r) => r.includes(worker.url));
    expect(toWorker.every((r) => r.startsWith('GET '))).toBe(true);
    expect(toWorker.filter((r) => /Observation|Patient|ki67/.test(r))).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage).length)).toBe(0); // tokens: sessionStorage only
    await page.close();
  });

  it('refuses a launch from a FHIR server it is not set up for', async () => {
    const res = await fetch(
      `${worker.url}/smart/launch?iss=${encodeURIComponent('https://evil.example/fhir')}&launch=x`,
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('not set up for the FHIR server https://evil.example/fhir');
  });
});
