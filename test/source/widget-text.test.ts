import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every word a reader sees comes from a locale file; templates hold markup and expressions only.
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'locales'
        ? []
        : files(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );

// Stands for an expression in a template's literal text: not a letter, and never in a template.
const HOLE = '¤';

/** From just after `${`, the index just after its closing `}`: nested braces and templates skipped. */
function skipExpression(source: string, from: number): number {
  let depth = 1;
  let i = from;
  while (depth > 0 && i < source.length) {
    const c = source[i];
    if (c === '`') i = skipTemplate(source, i + 1);
    else {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      i++;
    }
  }
  return i;
}

/** From just after an opening backtick, the index just after its closing one. */
function skipTemplate(source: string, from: number): number {
  let i = from;
  while (i < source.length && source[i] !== '`') {
    if (source[i] === '\\') i += 2;
    else if (source[i] === '$' && source[i + 1] === '{') i = skipExpression(source, i + 2);
    else i++;
  }
  return i + 1;
}

/** The literal text of every html`` and svg`` template in a source file, each expression a HOLE. */
function templateText(source: string): string[] {
  const parts: string[] = [];
  for (const start of source.matchAll(/\b(?:html|svg)`/g)) {
    let i = start.index! + start[0].length;
    let literal = '';
    while (i < source.length && source[i] !== '`') {
      if (source[i] === '$' && source[i + 1] === '{') {
        i = skipExpression(source, i + 2);
        literal += HOLE;
      } else literal += source[i++];
    }
    parts.push(literal);
  }
  return parts;
}

/** Words in a template's static text: between tags, and in attributes people read (labels, titles, alt). */
function words(template: string): string[] {
  const read = [...template.matchAll(/\s(?:aria-label|title|alt|placeholder)="([^"¤]*)"/g)].map((m) => m[1]!);
  const between = template
    .replace(/<[^>]*>/g, HOLE)
    .split(HOLE)
    .map((t) => t.trim());
  // "doi:" is the DOI scheme's own prefix (DOI Handbook), the same in every language.
  return [...read, ...between].filter((t) => /\p{L}/u.test(t.replace(/&[a-z]+;/g, '').replace(/^doi:$/, '')));
}

// The calculator (widget/) and the /validate page's element (site/validation/): both in nine languages.
const ROOTS = ['widget', 'site/validation'];

describe('widget and validation-page templates', () => {
  const sources = ROOTS.flatMap(files).filter((f) => !f.endsWith('.styles.ts'));

  it('cover the validation page’s element', () => {
    expect(sources).toContain(join('site/validation', 'lms-validation.component.ts'));
    expect(sources).toContain(join('site/validation', 'km-chart.ts'));
  });

  it('hold no hard-coded text: every word comes from a locale file', () => {
    const found = sources.flatMap((file) =>
      templateText(readFileSync(file, 'utf8')).flatMap((t) => words(t).map((w) => `${file}: ${JSON.stringify(w)}`)),
    );
    expect(found).toEqual([]);
  });

  it('can tell: the scanner finds a word put in a template', () => {
    const open = '$' + '{';
    const source = `html\`<p>${open}t.a} Points <b aria-label="Close">${open}f(\`x${open}y}\`)}</b></p>\``;
    expect(templateText(source).flatMap(words)).toEqual(['Close', 'Points']);
  });

  it('use logical CSS properties only, so right-to-left languages mirror', () => {
    const css = ROOTS.flatMap(files)
      .filter((f) => f.endsWith('.styles.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(
      css.match(
        /\b(?:margin|padding|border)-(?:left|right|top|bottom)\b|text-align:\s*(?:left|right)|float:\s*(?:left|right)|\b(?:left|right):/g,
      ) ?? [],
    ).toEqual([]);
  });
});
