// The widget's bundles, both from one esbuild call each: the one-tag IIFE (widget.js) and the ESM
// build, written under /widget/<version>/ (immutable) with /widget.js as the moving alias, plus a
// manifest with SRI (sha384) hashes and custom-elements.json from the JSDoc.

import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { lmsModel } from '@lms-score/core';
import { type BuildOptions, build, type Plugin, transform } from 'esbuild';
import { LANGUAGES, type Language } from '../../widget/common/language.ts';
import { buildValidation } from './build-validation.ts';
import { writeCustomElements } from './custom-elements.ts';

// Prose only the API and /docs show. The widget's locale files carry their own scope and method
// text, so its bundle gets the same model data without these keys: same numbers, same provenance
// marks, same citation, about 1 KB less for every reader (the browser parity tests hold it to it).
const DOCUMENTATION_KEYS = new Set(['evidence', 'derivation', 'scope', 'question', 'source']);
const withoutDocumentation = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutDocumentation)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([k]) => !DOCUMENTATION_KEYS.has(k))
            .map(([k, v]) => [k, withoutDocumentation(v)]),
        )
      : value;

/** Serves shared/lms-model.ts to a bundle as plain data: `project`'s view of the model. */
const lmsModelAs = (name: string, project: (model: typeof lmsModel) => unknown): Plugin => ({
  name,
  setup(b) {
    b.onLoad({ filter: /[\\/]shared[\\/]lms-model\.ts$/ }, () => ({
      contents: `export const lmsModel = ${JSON.stringify(project(lmsModel))};`,
      loader: 'js',
    }));
  },
});

/** The widget's model: without the documentation keys. */
const leanModel = lmsModelAs('lean-lms-model', withoutDocumentation);

/**
 * What the first part's form reads of a definition: factor ids, kinds, units, ranges and band
 * labels, and each group's top points. The engine, the result and the footer read the whole (lean)
 * definition, which the second part brings (calculator-part.ts, `definitions`); this keeps the
 * points, hazard ratios, risks and their provenance out of the first paint's download.
 */
const formOnly = (definition: typeof lmsModel) => ({
  id: definition.id,
  version: definition.version,
  factors: definition.factors.map((f) =>
    f.kind === 'banded'
      ? {
          kind: f.kind,
          id: f.id,
          unit: f.unit,
          min: f.min,
          max: f.max,
          levels: f.levels.map((l) => ({ id: l.id, label: l.label, grade: 'grade' in l ? l.grade : undefined })),
        }
      : { kind: f.kind, id: f.id },
  ),
  riskGroups: definition.riskGroups.map((g) => ({ id: g.id, maxPoints: { value: g.maxPoints.value } })),
});

/** The first part's model: the form's projection (formOnly). */
const formModelOnly = lmsModelAs('form-only-lms-model', formOnly);

/**
 * A language's own one-tag file carries that language's whole pack in place of English's form
 * words (widget/first-paint/first-pack.ts): its form paints after one file, as English's does.
 */
const firstPackOf = (language: Language): Plugin => ({
  name: 'first-pack',
  setup(b) {
    b.onLoad({ filter: /[\\/]first-paint[\\/]first-pack\.ts$/ }, () => ({
      contents: `import { pack } from '../locales/${language.toLowerCase()}.ts';\nexport const firstPack = { language: ${JSON.stringify(language)}, pack };`,
      resolveDir: `${process.cwd()}/widget/first-paint`,
      loader: 'ts',
    }));
  },
});

/** Minifies the CSS inside Lit's css`` templates (esbuild leaves template text alone). */
const minifyLitCss: Plugin = {
  name: 'minify-lit-css',
  setup(b) {
    b.onLoad({ filter: /\.styles\.ts$/ }, async ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const match = source.match(/css`([\s\S]*?)`/);
      if (!match) return undefined;
      const { code } = await transform(match[1]!, { loader: 'css', minify: true });
      return { contents: source.replace(match[1]!, code.trim()), loader: 'ts' };
    });
  },
};

export interface WidgetFile {
  readonly path: string;
  readonly integrity: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}
type MainFile =
  | 'widget.js'
  | 'embed.js'
  | 'lms-calculator.js'
  | 'lms-calculator.dev.js'
  | 'calculator-part.js'
  | 'calculator-part.dev.js'
  | 'lms-validation.js'
  | 'validation-worker.js';
export interface WidgetManifest {
  readonly version: string;
  /**
   * The bundles, the calculator's second part, each language pack as `locales/<language>.js`, and
   * each other language's own one-tag files as `widget.<language>.js` and `embed.<language>.js`.
   */
  readonly files: Readonly<Record<MainFile, WidgetFile>> & Readonly<Record<string, WidgetFile>>;
}

const sri = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Each language but English as its own script, `locales/<language>.js`, which registers its pack
 * on globalThis.__lmsLocales: the served widget loads the one a page shows, SRI-pinned.
 */
async function buildPacks(
  dir: string,
  common: BuildOptions,
): Promise<Record<string, { file: string; integrity: string }>> {
  const files: Record<string, { file: string; integrity: string }> = {};
  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    const file = `locales/${language}.js`;
    await build({
      ...common,
      plugins: [],
      stdin: {
        contents: `import { pack } from './widget/locales/${language.toLowerCase()}.ts';\n(globalThis.__lmsLocales ??= {})[${JSON.stringify(language)}] = pack;`,
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      format: 'iife',
      outfile: `${dir}/${file}`,
    });
    files[language] = { file, integrity: sri(readFileSync(`${dir}/${file}`)) };
  }
  return files;
}

/**
 * The served builds load language packs and the second part as SRI-pinned scripts: widget/package.json
 * maps `#locale-loader` and `#part-loader` to the script loaders under this condition, and to the
 * import() loaders (chunks, for bundlers and the npm package) by default.
 */
const SERVED = ['lms-served'];

/**
 * The second part renders with the first part's Lit, which its loader (part-loader.script.ts) puts
 * on globalThis.__lmsLit under this version: a reader downloads Lit once.
 */
const sharedLit = (version: string): Plugin => ({
  name: 'shared-lit',
  setup(b) {
    b.onResolve({ filter: /^lit$/ }, () => ({ path: 'lit', namespace: 'shared-lit' }));
    b.onLoad({ filter: /.*/, namespace: 'shared-lit' }, () => ({
      contents: `export const { css, html, nothing, svg } = globalThis.__lmsLit[${JSON.stringify(version)}];`,
      loader: 'js',
    }));
  },
});

/**
 * The calculator's second part (calculator-part.ts: the engine, result, footer, share and print)
 * as a script that registers itself on globalThis.__lmsParts under this version; production and
 * development builds, each with its SRI hash.
 */
async function buildPart(
  dir: string,
  version: string,
  common: BuildOptions,
  dev: boolean,
): Promise<{ file: string; integrity: string }> {
  const file = dev ? 'calculator-part.dev.js' : 'calculator-part.js';
  await build({
    ...common,
    minify: !dev,
    plugins: [leanModel, minifyLitCss, sharedLit(version)],
    define: { ...common.define, 'import.meta.env.DEV': String(dev) },
    stdin: {
      contents: `import * as part from './widget/second-part/calculator-part.ts';\n(globalThis.__lmsParts ??= {})[${JSON.stringify(version)}] = part;`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    format: 'iife',
    outfile: `${dir}/${file}`,
  });
  return { file, integrity: sri(readFileSync(`${dir}/${file}`)) };
}

export async function buildWidget(out: string, version: string): Promise<WidgetManifest> {
  const dir = `${out}/widget/${version}`;
  mkdirSync(dir, { recursive: true });
  const base: BuildOptions = {
    bundle: true,
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  };
  const packs = await buildPacks(dir, base);
  const common: BuildOptions = {
    ...base,
    plugins: [leanModel, minifyLitCss],
    conditions: SERVED,
    // Development warnings (widget/common/dev-warn.ts) and their texts are dropped from production files.
    define: {
      'import.meta.env.DEV': 'false',
      __LMS_LOCALE_FILES__: JSON.stringify(packs),
      __LMS_VERSION__: JSON.stringify(version),
    },
    // The script loader reads import.meta.url only in the ES module build; the IIFE has currentScript.
    logOverride: { 'empty-import-meta': 'silent' },
  };
  const part = await buildPart(dir, version, common, false);
  const devPart = await buildPart(dir, version, common, true);
  const main: BuildOptions = {
    ...common,
    plugins: [formModelOnly, minifyLitCss],
    define: { ...common.define, __LMS_PART_FILE__: JSON.stringify(part) },
  };
  const oneTag = (embed: boolean, file: string, language?: Language) =>
    build({
      ...main,
      plugins: language ? [firstPackOf(language), ...main.plugins!] : main.plugins,
      define: { ...main.define, __LMS_EMBED__: String(embed) },
      entryPoints: ['widget/entries/one-tag.ts'],
      format: 'iife',
      outfile: `${dir}/${file}`,
    });
  await oneTag(false, 'widget.js');
  // The /embed page's own tag: the same, plus the iframe's query-string settings and height messages.
  await oneTag(true, 'embed.js');
  // Each other language's own: the same, with its pack inside (widget.zh-Hans.js, embed.zh-Hans.js).
  const own = LANGUAGES.filter((l) => l !== 'en').flatMap((l) => [`widget.${l}.js`, `embed.${l}.js`]);
  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    await oneTag(false, `widget.${language}.js`, language);
    await oneTag(true, `embed.${language}.js`, language);
  }
  await build({
    ...main,
    entryPoints: ['widget/entries/lms-calculator.ts'],
    format: 'esm',
    outfile: `${dir}/lms-calculator.js`,
  });
  // For developers wiring the element in: unminified, with the development warnings.
  await build({
    ...main,
    minify: false,
    define: { ...common.define, 'import.meta.env.DEV': 'true', __LMS_PART_FILE__: JSON.stringify(devPart) },
    entryPoints: ['widget/entries/lms-calculator.ts'],
    format: 'esm',
    outfile: `${dir}/lms-calculator.dev.js`,
  });
  // The validation page's element and its Web Worker: their own files, loaded only by /validate.
  await buildValidation(dir, { ...common, plugins: [minifyLitCss] });
  copyFileSync(`${dir}/widget.js`, `${out}/widget.js`);
  const describe = (name: string): WidgetFile => {
    const bytes = readFileSync(`${dir}/${name}`);
    return {
      path: `/widget/${version}/${name}`,
      integrity: sri(bytes),
      bytes: bytes.length,
      gzipBytes: gzipSync(bytes, { level: 9 }).length,
    };
  };
  const manifest: WidgetManifest = {
    version,
    files: {
      'widget.js': describe('widget.js'),
      'embed.js': describe('embed.js'),
      'lms-calculator.js': describe('lms-calculator.js'),
      'lms-calculator.dev.js': describe('lms-calculator.dev.js'),
      'calculator-part.js': describe('calculator-part.js'),
      'calculator-part.dev.js': describe('calculator-part.dev.js'),
      'lms-validation.js': describe('lms-validation.js'),
      'validation-worker.js': describe('validation-worker.js'),
      ...Object.fromEntries(Object.values(packs).map(({ file }) => [file, describe(file)])),
      ...Object.fromEntries(own.map((file) => [file, describe(file)])),
    },
  };
  writeFileSync(`${out}/widget/manifest.json`, JSON.stringify(manifest, null, 2));
  writeCustomElements(dir);
  return manifest;
}
