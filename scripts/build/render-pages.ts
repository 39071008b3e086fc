// The demo and embed pages, filled in with the current widget version and its SRI hash so that
// the snippet users copy is the one the page itself runs, and the demo page's footer with the
// app's version, the model's and the citation.
import { readFileSync, writeFileSync } from 'node:fs';
import { lmsModel, lmsModelHash } from '@lms-score/core';
import { LANGUAGES, type Language } from '../../widget/common/language.ts';
import { pack as ar } from '../../widget/locales/ar.ts';
import { pack as de } from '../../widget/locales/de.ts';
import { pack as en } from '../../widget/locales/en.ts';
import { pack as es } from '../../widget/locales/es.ts';
import { pack as fr } from '../../widget/locales/fr.ts';
import { pack as ja } from '../../widget/locales/ja.ts';
import { pack as ko } from '../../widget/locales/ko.ts';
import type { LocalePack } from '../../widget/locales/locale-strings.ts';
import { pack as zhHans } from '../../widget/locales/zh-hans.ts';
import { pack as zhHant } from '../../widget/locales/zh-hant.ts';
import type { WidgetFile, WidgetManifest } from './build-widget.ts';
import { frameListener, iframeSnippet, oneTag } from './embed-snippets.ts';
import { FRAME_PX } from './reserved-sizes.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PACKS: Readonly<Record<Language, LocalePack>> = {
  en,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ja,
  ko,
  de,
  fr,
  es,
  ar,
};

/** An /embed page's meta description, in its language: the calculator's own title and scope. */
export const embedDescription = (language: Language): string => {
  const { title, scope } = PACKS[language].models.lms!;
  return `${title}${PACKS[language].ui.colon}${scope}`;
};

/** An /embed page's title, in its language: the score's name, then the calculator's. */
export const embedTitle = (language: Language): string => {
  const { title, calculatorName } = PACKS[language].models.lms!;
  return `${title} – ${calculatorName}`;
};

/**
 * By language, the demo page's two snippets: the one tag of its own file (English's is widget.js,
 * which reads any), and the frame of its /embed page, sized for English or, in any other language,
 * for the tallest of them (the heights are measured for those two).
 */
const languageSnippets = (manifest: WidgetManifest, origin: string): Record<string, { tag: string; frame: string }> =>
  Object.fromEntries(
    LANGUAGES.map((language) => {
      const en = language === 'en';
      const file = manifest.files[en ? 'widget.js' : `widget.${language}.js`]!;
      const tag = oneTag(`${origin}${file.path}`, file.integrity, en ? undefined : language);
      const frame = en
        ? iframeSnippet(origin)
        : iframeSnippet(origin, FRAME_PX.tallest, language, esc(embedTitle(language)));
      return [language, { tag, frame }];
    }),
  );

/** The pages, their snippets naming `origin` (the API Worker's public origin, scripts/support/public-origins.ts). */
export function renderPages(out: string, manifest: WidgetManifest, origin: string): void {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const file = manifest.files['widget.js'];
  const tag = (src: string, extra = '', integrity = file.integrity) =>
    `<script src="${src}" integrity="${integrity}" crossorigin="anonymous" async${extra}></script>`;
  const fill = (name: string, values: Record<string, string>, as = name, lang = 'en') => {
    let html = readFileSync(`site/${name}`, 'utf8').replace('<html lang="en">', `<html lang="${lang}">`);
    for (const [key, value] of Object.entries(values)) html = html.replaceAll(`{{${key}}}`, value);
    const left = html.match(/\{\{[A-Z_]+\}\}/);
    if (left) throw new Error(`site/${name}: nothing fills ${left[0]}`);
    writeFileSync(`${out}/${as}`, html);
  };
  const { citation } = lmsModel;
  fill('index.html', {
    WIDGET_TAG: tag(file.path, ' data-theme="auto" data-share'),
    SNIPPET: esc(oneTag(`${origin}${file.path}`, file.integrity)),
    // The snippet for a page in each language: its own file (demo.js shows the one chosen).
    LANGUAGE_SNIPPETS: esc(JSON.stringify(languageSnippets(manifest, origin))),
    MANIFEST: '/widget/manifest.json',
    IFRAME_SNIPPET: esc(iframeSnippet(origin)),
    LISTENER_SNIPPET: esc(frameListener(origin)),
    APP_VERSION: esc(version),
    MODEL_VERSION: esc(`${lmsModel.id} ${lmsModel.version}`),
    MODEL_HASH: lmsModelHash.slice(0, 8),
    CITATION: esc(citation.text),
    DOI_URL: esc(citation.url),
    DOI: esc(citation.doi),
  });
  const embedTag = (file: WidgetFile) => tag(file.path, ' data-share data-theme="auto"', file.integrity);
  fill('embed.html', {
    EMBED_TAG: embedTag(manifest.files['embed.js']),
    TITLE: esc(embedTitle('en')),
    DESCRIPTION: esc(embedDescription('en')),
  });
  // Each other language's /embed?lang=… (worker/api/embed-page.ts): its own one-tag file, its lang.
  for (const language of LANGUAGES.filter((l) => l !== 'en'))
    fill(
      'embed.html',
      {
        EMBED_TAG: embedTag(manifest.files[`embed.${language}.js`]!),
        TITLE: esc(embedTitle(language)),
        DESCRIPTION: esc(embedDescription(language)),
      },
      `embed.${language}.html`,
      language,
    );
  const validation = manifest.files['lms-validation.js'];
  fill('validate.html', {
    VALIDATION_TAG: `<script type="module" src="${validation.path}" integrity="${validation.integrity}" crossorigin="anonymous"></script>`,
  });
}
