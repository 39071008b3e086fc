import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helpText } from '../../shared/cli/help-text.ts';
import { lms } from '../../shared/lms.ts';

// The command line's reference page (it was the README's npm section).
const page = readFileSync('docs/cli.md', 'utf8');

describe("the command line's docs page", () => {
  it('quotes `lms --help` exactly as the command prints it', () => {
    const block = page.match(/```text\n\$ lms --help\n([\s\S]*?)```/);
    expect(block?.[1]).toBe(helpText(lms.definition));
  });

  it("and both package READMEs state the model's current version and hash", () => {
    for (const file of ['shared/README.md', 'widget/README.md'])
      expect(readFileSync(file, 'utf8'), file).toContain(
        `**${lms.stamp.id} ${lms.stamp.version}**, content hash \`${lms.stamp.hash}\``,
      );
  });
});
