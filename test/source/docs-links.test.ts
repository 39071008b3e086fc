import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README is the landing page and docs/ the reference: every relative link between them (and
// CONTRIBUTING.md, CHANGELOG.md) must reach a file that exists, and a #fragment a heading in it.

const markdownIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownIn(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
  );
const FILES = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...markdownIn('docs')];

/** The text outside fenced code blocks, each inline code span kept as its bare content. */
function prose(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return '';
      }
      return fenced ? '' : line.replace(/`+([^`]*)`+/g, (_, code: string) => code.replace(/[[\]()]/g, ''));
    })
    .join('\n');
}

/**
 * GitHub's anchor for a heading: its text as rendered (link text, no emphasis or backticks),
 * lowercased, with punctuation other than `-` and `_` dropped and each space a `-`; a repeated
 * anchor gets `-1`, `-2`, ...
 */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  for (const line of prose(markdown).split('\n')) {
    const heading = line.match(/^#{1,6}\s+(.*?)\s*#*\s*$/)?.[1];
    if (heading === undefined) continue;
    const text = heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*`]/g, '');
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    found.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return found;
}

/**
 * Every link and image target in the prose: inline `[text](target)`, reference definitions, and
 * the `src` or `href` of HTML tags (an `<img>` sized for the landing page).
 */
function targets(markdown: string): string[] {
  const text = prose(markdown);
  return [
    ...[...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!),
    ...[...text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/<(?:img|a)\s[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!),
  ];
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');

describe('Markdown links', () => {
  it('finds the pages it checks', () => {
    expect(FILES).toEqual(expect.arrayContaining(['docs/widget.md', 'docs/api.md', 'docs/ehr.md', 'docs/cli.md']));
  });

  it.each(FILES)('%s: every relative link reaches a file, and every #anchor a heading in it', (file) => {
    const broken: string[] = [];
    for (const target of targets(readFileSync(file, 'utf8'))) {
      if (isExternal(target)) continue;
      const [path = '', anchor] = target.split('#', 2);
      const resolved = path === '' ? file : normalize(join(dirname(file), decodeURIComponent(path)));
      if (!existsSync(resolved)) {
        broken.push(`${target}: no file ${resolved}`);
        continue;
      }
      if (anchor === undefined) continue;
      if (statSync(resolved).isDirectory() || !resolved.endsWith('.md'))
        broken.push(`${target}: an anchor into ${resolved}, which is not a Markdown file`);
      else if (!anchors(readFileSync(resolved, 'utf8')).has(decodeURIComponent(anchor)))
        broken.push(`${target}: no heading #${anchor} in ${resolved}`);
    }
    expect(broken).toEqual([]);
  });

  it('computes anchors as GitHub does', () => {
    const page = '# A title\n## Limits, CORS, headers\n## `lms --help`\n```\n# not a heading\n```\n## A title\n';
    expect([...anchors(page)]).toEqual(['a-title', 'limits-cors-headers', 'lms---help', 'a-title-1']);
  });
});

describe('README.md', () => {
  it('is a landing page: at most 160 lines', () => {
    expect(readFileSync('README.md', 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(160);
  });
});
