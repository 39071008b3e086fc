// The widget's bundles, both from one esbuild call each: the one-tag IIFE (widget.js) and the ESM
// build, written under /widget/<version>/ (immutable) with /widget.js as the moving alias, plus a
// manifest with SRI (sha384) hashes and custom-elements.json from the JSDoc.

import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { lmsModel } from '@lms-score/core';
import { type BuildOptions, build, type Plugin, transform } from 'esbuild';
import { LANGUAGES } from '../../widget/language.ts';
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

/** Serves shared/lms-model.ts to the widget bundle as data without the documentation keys. */
const leanModel: Plugin = {
  name: 'lean-lms-model',
  setup(b) {
    b.onLoad({ filter: /[\\/]shared[\\/]lms-model\.ts$/ }, () => ({
      contents: `export const lmsModel = ${JSON.stringify(withoutDocumentation(lmsModel))};`,
      loader: 'js',
    }));
  },
};

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
type MainFile = 'widget.js' | 'lms-calculator.js' | 'lms-calculator.dev.js' | 'lms-validation.js';
export interface WidgetManifest {
  readonly version: string;
  /** The bundles, and each language pack as `locales/<language>.js`. */
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

/** Swaps the import() loader for the SRI-pinned script loader in the served builds. */
const scriptLoader: Plugin = {
  name: 'script-locale-loader',
  setup(b) {
    b.onResolve({ filter: /[\\/]?locale-loader\.ts$/ }, (args) => ({
      path: `${args.resolveDir}/${args.path.replace(/\.ts$/, '.script.ts').replace(/^\.\//, '')}`,
    }));
  },
};

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
    plugins: [leanModel, minifyLitCss, scriptLoader],
    // Development warnings (widget/dev-warn.ts) and their texts are dropped from production files.
    define: {
      'import.meta.env.DEV': 'false',
      __LMS_LOCALE_FILES__: JSON.stringify(packs),
      __LMS_VERSION__: JSON.stringify(version),
    },
    // The script loader reads import.meta.url only in the ES module build; the IIFE has currentScript.
    logOverride: { 'empty-import-meta': 'silent' },
  };
  await build({ ...common, entryPoints: ['widget/one-tag.ts'], format: 'iife', outfile: `${dir}/widget.js` });
  await build({
    ...common,
    entryPoints: ['widget/lms-calculator.ts'],
    format: 'esm',
    outfile: `${dir}/lms-calculator.js`,
  });
  // For developers wiring the element in: unminified, with the development warnings.
  await build({
    ...common,
    minify: false,
    define: { ...common.define, 'import.meta.env.DEV': 'true' },
    entryPoints: ['widget/lms-calculator.ts'],
    format: 'esm',
    outfile: `${dir}/lms-calculator.dev.js`,
  });
  // The validation page's element: its own file, loaded only by /validate, with the model's
  // evidence (the published C-index it compares against), so without the lean-model plugin.
  await build({
    ...common,
    plugins: [minifyLitCss],
    entryPoints: ['widget/validation/lms-validation.ts'],
    format: 'esm',
    outfile: `${dir}/lms-validation.js`,
  });
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
      'lms-calculator.js': describe('lms-calculator.js'),
      'lms-calculator.dev.js': describe('lms-calculator.dev.js'),
      'lms-validation.js': describe('lms-validation.js'),
      ...Object.fromEntries(Object.values(packs).map(({ file }) => [file, describe(file)])),
    },
  };
  writeFileSync(`${out}/widget/manifest.json`, JSON.stringify(manifest, null, 2));
  writeCustomElements(dir);
  return manifest;
}
