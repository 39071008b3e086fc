import { lms } from '@lms-score/core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { devServerAndBrowser } from './dev-browser.ts';

const CASE = 'ki67=25&vascular-invasion=yes&lymph-node-metastasis=no&adjuvant-therapy=no';

describe('"Print / save as PDF", in Chromium\'s own PDF output', { timeout: 90_000 }, () => {
  const { server, browser } = devServerAndBrowser();

  it.each(['A4', 'Letter'] as const)(
    'fits one %s page with the result, its provenance and no controls',
    async (format) => {
      const page = await browser().newPage();
      // The button dates the printout, then calls print(); here Chromium's PDF output does the printing.
      await page.addInitScript(() => {
        window.print = () => {};
      });
      await page.goto(`${server().url}/embed?lang=en#${CASE}`);
      await page.locator('lms-calculator .points strong').waitFor();
      await page.locator('lms-calculator button.print').click();
      await page.locator('lms-calculator .print-only p').first().waitFor({ state: 'attached' });
      const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format, printBackground: true })));
      const { totalPages, text } = await extractText(pdf, { mergePages: true });
      expect(totalPages).toBe(1);
      const flat = text.replace(/\s+/g, ' ');
      for (const expected of [
        'Printed on',
        'Vascular invasion',
        'Not given',
        '7 points',
        'High risk',
        '49.7%',
        'Points by factor',
        lms.definition.citation.doi,
        lms.stamp.hash,
        'Decision support only',
      ])
        expect(flat, expected).toContain(expected);
      for (const control of ['Copy summary', 'Copy link', 'Print / save as PDF', 'or Ki-67 band'])
        expect(flat).not.toContain(control);
      await page.close();
    },
  );
});
