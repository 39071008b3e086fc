import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CustomElementsManifest } from '../../scripts/build/custom-elements.ts';

// npm test builds dist/public first; the manifest there is generated from the widget's JSDoc.
const { version, customElements } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string;
  customElements: string;
};
const manifest = JSON.parse(
  readFileSync(`dist/public/widget/${version}/custom-elements.json`, 'utf8'),
) as CustomElementsManifest;
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName)!;
// The widget's reference page (it was the README's widget section): one `## ` section per subject.
const page = readFileSync('docs/widget.md', 'utf8');
const section = (heading: string) => {
  const start = page.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`docs/widget.md has no heading "${heading}"`);
  const end = page.indexOf('\n## ', start + 1);
  return page.slice(start, end < 0 ? undefined : end);
};
const codes = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

describe("the widget's docs page matches custom-elements.json", () => {
  it("is the file package.json's customElements field names (a stable path, not a build's temp dir)", () => {
    expect(customElements).toBe(`dist/public/widget/${version}/custom-elements.json`);
  });

  it('names the tag and the define export, and lists no private state', () => {
    expect(element.tagName).toBe('lms-calculator');
    const exports = manifest.modules.flatMap((m) => m.exports ?? []);
    expect(exports).toContainEqual(
      expect.objectContaining({ kind: 'custom-element-definition', name: 'lms-calculator' }),
    );
    expect(exports).toContainEqual(expect.objectContaining({ kind: 'js', name: 'defineLmsCalculator' }));
    const names = [...(element.attributes ?? []), ...(element.members ?? [])].map((a) => a.name);
    expect(names.filter((n) => n.startsWith('_'))).toEqual([]);
  });

  it('lists exactly the attributes and properties', () => {
    const rows = section('## Attributes and properties')
      .split('\n')
      .filter((l) => l.startsWith('|') && !l.startsWith('| attribute') && !l.startsWith('| ---'))
      .map((l) => l.split('|').map((c) => c.trim()));
    const attributes = rows
      .map((r) => r[1]!)
      .filter(Boolean)
      .map((c) => c.replace(/`/g, ''));
    const properties = rows.map((r) => r[2]!.replace(/`/g, ''));
    expect(sorted(attributes)).toEqual(sorted(element.attributes!.map((a) => a.name)));
    expect(sorted(properties)).toEqual(sorted(element.members!.filter((m) => !m.static).map((m) => m.name)));
  });

  it('lists exactly the events, parts and custom properties', () => {
    expect(sorted(codes(section('## Events')).filter((c) => /^lms-[a-z]+$/.test(c)))).toEqual(
      sorted(element.events!.map((e) => e.name)),
    );
    const styling = section('## Styling');
    const parts = codes(styling.slice(styling.indexOf('Parts for')).split('\n')[0]!).filter((c) => /^[a-z]+$/.test(c));
    expect(sorted(parts)).toEqual(sorted(element.cssParts!.map((p) => p.name)));
    expect(sorted(codes(styling).filter((c) => /^--lms-[a-z-]+$/.test(c)))).toEqual(
      sorted(element.cssProperties!.map((p) => p.name)),
    );
  });
});
