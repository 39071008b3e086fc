// The SDC Questionnaire the EHR Worker serves, in two SDC renderers nobody here wrote, in Chromium:
// NLM's LHC-Forms (lforms, a web component) and CSIRO's Smart Forms (@aehrc/smart-forms-renderer,
// React). For every golden profile a clinician's clicks set the four answers, and the points, group
// and risk the renderer computes from the Questionnaire's own expressions must be the core's. Then
// CSIRO's $populate fills the form from a FHIR server's Observations and both renderers show the
// three coded factors prefilled. Every QuestionnaireResponse a renderer produces must be valid R4.
import { lms } from '@lms-score/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/support/browser.ts';
import { type DevServer, startDevServer } from '../../scripts/support/dev-server.ts';
import { completeProfiles, observationsFor } from '../ehr/cds-fixtures.ts';
import { fhirR4Problems } from '../fhir/fhir-r4-validator.ts';
import { type Observation, populate, readerAnswers } from '../fhir/population-fixtures.ts';
import { type RendererPages, serveRendererPages } from '../fhir/renderers/renderer-pages.ts';
import { goldenCases } from '../support/golden-vectors.ts';

type Response = { item?: { linkId: string; answer?: Record<string, unknown>[] }[] };
type Questionnaire = {
  item: { linkId: string; answerOption?: { valueCoding: { code: string; display: string } }[] }[];
};

/** How a test drives one renderer: open the form (optionally with a response), choose an answer, read its response. */
interface Renderer {
  open(page: Page, response?: object): Promise<void>;
  choose(page: Page, linkId: string, option: number, display: string): Promise<void>;
  response(page: Page): Promise<Response>;
}
const factors: readonly string[] = lms.definition.factors.map((f) => f.id);
const RENDERERS: Record<string, (pages: RendererPages, q: object) => Renderer> = {
  'LHC-Forms (lforms)': (pages, q) => ({
    async open(page, response) {
      await page.goto(`${pages.url}/lforms.html`);
      await page.waitForFunction(() => 'LForms' in window && 'FHIR' in (window as never as { LForms: object }).LForms);
      await page.evaluate(
        ([questionnaire, questionnaireResponse]) =>
          (
            window as never as { LForms: { Util: { addFormToPage: (...a: unknown[]) => Promise<void> } } }
          ).LForms.Util.addFormToPage(questionnaire, 'form', questionnaireResponse ? { questionnaireResponse } : {}),
        [q, response] as const,
      );
    },
    async choose(page, linkId, option) {
      await page.locator(`[id="${linkId}/1"]`).click();
      await page.locator(`#completionOptions li[autocomprawlistindex="${option}"]`).click();
    },
    response: (page) =>
      page.evaluate(() =>
        (
          window as never as { LForms: { Util: { getFormFHIRData: (...a: unknown[]) => Response } } }
        ).LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', document.getElementById('form')),
      ),
  }),
  'Smart Forms (@aehrc/smart-forms-renderer)': (pages, q) => ({
    async open(page, response) {
      await page.goto(`${pages.url}/smart-forms.html`);
      await page.waitForFunction(() => 'smartForms' in window);
      await page.evaluate(
        ([questionnaire, questionnaireResponse]) =>
          (window as never as { smartForms: { render: (...a: unknown[]) => Promise<void> } }).smartForms.render(
            questionnaire,
            questionnaireResponse,
          ),
        [q, response] as const,
      );
    },
    async choose(page, linkId, _, display) {
      await page.getByRole('combobox').nth(factors.indexOf(linkId)).click();
      await page.getByRole('option', { name: display, exact: true }).click();
    },
    response: (page) =>
      page.evaluate(() => (window as never as { smartForms: { response: () => Response } }).smartForms.response()),
  }),
};

/** The first answer's value per linkId, whatever its type (valueCoding as its code). */
function answersOf(response: Response): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const item of response.item ?? []) {
    const answer = item.answer?.[0];
    if (!answer) continue;
    const key = Object.keys(answer).find((k) => k.startsWith('value'))!;
    out[item.linkId] = key === 'valueCoding' ? (answer[key] as { code: string }).code : answer[key];
  }
  return out;
}
const computed = (response: Response) => {
  const a = answersOf(response);
  return { points: a.points ?? null, riskGroup: a.riskGroup ?? null, risk: a.risk ?? null };
};
const level = (v: unknown) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));
const scoreOf = (input: object) => {
  const parsed = lms.parse(input);
  if (!parsed.ok) throw new Error('profile must parse');
  const r = lms.score(parsed.value);
  return { points: r.points, riskGroup: r.riskGroup, risk: r.risk };
};

describe('third-party SDC renderers in Chromium, on the Questionnaire the EHR Worker serves', {
  timeout: 300_000,
}, () => {
  let worker: DevServer;
  let pages: RendererPages;
  let browser: Browser;
  let page: Page;
  let q: Questionnaire;

  beforeAll(async () => {
    worker = await startDevServer(['-c', 'wrangler.ehr.toml']);
    q = (await (await fetch(`${worker.url}/fhir/Questionnaire/lms`)).json()) as Questionnaire;
    await worker.stop();
    pages = await serveRendererPages();
    browser = await launchChromium();
    page = await browser.newPage();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await pages?.stop();
    await worker?.stop();
  });

  describe.each(Object.keys(RENDERERS))('%s', (name) => {
    let renderer: Renderer;
    beforeAll(() => {
      renderer = RENDERERS[name]!(pages, q);
    });

    const choose = (linkId: string, code: string) => {
      const options = q.item.find((i) => i.linkId === linkId)!.answerOption!;
      const option = options.findIndex((o) => o.valueCoding.code === code);
      return renderer.choose(page, linkId, option, options[option]!.valueCoding.display);
    };

    it.each(goldenCases.filter((c) => c.group === 'complete').map((c) => [c.name, c] as const))(
      '%s: the clinician’s four answers give the core’s points, group and risk',
      async (_, c) => {
        await renderer.open(page);
        const input = c.input as Record<string, unknown>;
        for (const factor of factors) await choose(factor, level(input[factor]));
        const expected = { points: c.expected!.points, riskGroup: c.expected!.riskGroup, risk: c.expected!.risk };
        expect(scoreOf(input)).toEqual(expected);
        await expect.poll(async () => computed(await renderer.response(page)), { timeout: 15_000 }).toEqual(expected);
        expect(fhirR4Problems(await renderer.response(page))).toEqual([]);
      },
    );

    it.each(completeProfiles.map((v) => [JSON.stringify(v), v] as const))(
      'prefilled by $populate from Observations of %s: 3 of 4 factors shown, and with adjuvant therapy chosen, the core’s score',
      async (_, values) => {
        const observations = Object.values(observationsFor(values)).flat() as Observation[];
        const { qr, answers } = await populate(q, observations);
        expect(answers).toEqual(readerAnswers(observations));
        expect(Object.keys(answers)).toEqual(['ki67', 'vascularInvasion', 'lymphNodeMetastasis']);
        await renderer.open(page, qr);
        await expect
          .poll(async () => answersOf(await renderer.response(page)), { timeout: 15_000 })
          .toMatchObject(answers);
        await choose('adjuvantTherapy', level(values.adjuvantTherapy));
        await expect
          .poll(async () => computed(await renderer.response(page)), { timeout: 15_000 })
          .toEqual(scoreOf(values));
        expect(fhirR4Problems(await renderer.response(page))).toEqual([]);
      },
    );
  });
});
