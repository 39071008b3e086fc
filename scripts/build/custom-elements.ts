// custom-elements.json from the widget's JSDoc (@custom-elements-manifest/analyzer, Lit plugin):
// the element class, its tag (from the registering entry's customElements.define) and the
// defineLmsCalculator export. The analyzer lists Lit's internal `state: true` properties as
// attributes and fields; they are private state, so they are dropped here.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageBin } from '../support/package-bin.ts';

const SOURCES = [
  'widget/first-paint/score-calculator.ts',
  'widget/first-paint/lms-calculator.component.ts',
  'widget/entries/lms-calculator.ts',
];

interface Member {
  readonly name: string;
  readonly privacy?: string;
  readonly fieldName?: string;
  readonly static?: boolean;
}
/** The parts of the schema (custom-elements-manifest 2.x) this project reads. */
interface Declaration {
  readonly tagName?: string;
  attributes?: Member[];
  members?: Member[];
  readonly events?: { readonly name: string }[];
  readonly cssParts?: { readonly name: string }[];
  readonly cssProperties?: { readonly name: string }[];
}
export interface CustomElementsManifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string }[] }[];
}

const isPrivate = (m: Member) => m.privacy === 'private' || m.name.startsWith('_') || !!m.fieldName?.startsWith('_');

/**
 * Writes `${dir}/custom-elements.json` and returns it. The analyzer also points package.json's
 * `customElements` at the file, so it writes straight into `dir` (a stable path), not a temp dir.
 */
export function writeCustomElements(dir: string): CustomElementsManifest {
  const args = ['analyze', '--litelement', ...SOURCES.flatMap((g) => ['--globs', g]), '--outdir', dir, '--quiet'];
  execFileSync(process.execPath, [packageBin('@custom-elements-manifest/analyzer', 'cem'), ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const file = join(dir, 'custom-elements.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as CustomElementsManifest;
  for (const module of manifest.modules) {
    for (const d of module.declarations ?? []) {
      if (d.attributes) d.attributes = d.attributes.filter((a) => !isPrivate(a));
      if (d.members) d.members = d.members.filter((m) => !isPrivate(m));
    }
  }
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return manifest;
}
