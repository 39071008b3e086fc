// `npm run snippet -- --origin https://lms.example.org [--version 0.3.0] [--lang zh-Hans]`: the one-tag
// snippet for a pinned widget version, with its SRI hash; with --lang, that language's own file.
// The version just built is read from
// dist/public/widget/manifest.json; another version is fetched from the origin and hashed here,
// so the hash is of the bytes that origin serves.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hasLanguage, LANGUAGES, resolveLanguage } from '../widget/common/language.ts';
import { oneTag } from './build/embed-snippets.ts';
import { originOf } from './support/public-origins.ts';

const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const USAGE = `Usage: npm run snippet -- --origin https://lms.example.org [--version 0.3.0] [--lang ${LANGUAGES.join('|')}]\n`;
if (process.argv.includes('--help')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const given = arg('origin') ?? fail(USAGE);
let origin = '';
try {
  origin = originOf('--origin', given);
} catch (e) {
  fail((e as Error).message);
}
let built: { version: string; files: Record<string, { path: string; integrity: string }> } | null = null;
try {
  built = JSON.parse(readFileSync('dist/public/widget/manifest.json', 'utf8'));
} catch {
  /* not built: the version must be fetched */
}
const version = arg('version') ?? built?.version ?? fail('Run npm run build first, or give --version.');
if (!/^\d+\.\d+\.\d+$/.test(version)) fail(`--version must look like 0.3.0; got ${version}.`);
// Any tag the widget reads (zh-CN is Simplified, zh-TW Traditional); one it has no language for is refused.
const tag = arg('lang') ?? 'en';
if (!hasLanguage(tag)) fail(`--lang must name one of ${LANGUAGES.join(', ')} (or a tag such as zh-CN); got ${tag}.`);
const lang = resolveLanguage(tag);
// English's file is widget.js, which also serves any language the reader's browser picks.
const name = lang === 'en' ? 'widget.js' : `widget.${lang}.js`;
const path = `/widget/${version}/${name}`;
let integrity = built?.version === version ? (built.files[name]?.integrity ?? '') : '';
if (!integrity) {
  const res = await fetch(`${origin}${path}`).catch((e: Error) =>
    fail(`Could not fetch ${origin}${path}: ${(e.cause as Error | undefined)?.message ?? e.message}.`),
  );
  if (!res.ok) fail(`${origin}${path} answered ${res.status}: is version ${version} deployed there?`);
  integrity = `sha384-${createHash('sha384')
    .update(Buffer.from(await res.arrayBuffer()))
    .digest('base64')}`;
}
console.log(oneTag(`${origin}${path}`, integrity, lang === 'en' ? undefined : lang));
