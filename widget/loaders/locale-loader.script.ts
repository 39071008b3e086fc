import type { Language } from '../common/language.ts';
import { partNow, requestPart } from '../first-paint/calculator-parts.ts';
import type { LocalePack } from '../locales/locale-strings.ts';
import { pageRegistry } from './page-registry.ts';
import { widgetScript } from './widget-script.ts';

/**
 * A language's pack for the served builds: an SRI-pinned script from the widget's own versioned
 * directory (widget-script.ts). The packs' hashes come with the calculator's second part, which
 * the element requests as it connects anyway: English readers, most of them, do not download the
 * table in the first part. Rejects when the browser refuses either file.
 */
export async function loadPack(language: Exclude<Language, 'en'>): Promise<LocalePack> {
  await requestPart();
  const entry = partNow()?.localeFiles[language];
  if (!entry) throw new Error(`no pack for ${language}`);
  const packs = pageRegistry('__lmsLocales');
  await widgetScript(entry);
  const pack = packs[language];
  if (!pack) throw new Error(`${entry.file} did not register ${language}`);
  return pack;
}
