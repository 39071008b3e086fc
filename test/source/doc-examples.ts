import { readFileSync } from 'node:fs';

/** A command from a Markdown page's sh block: `lms …` (or `npx node shared/cli/lms.ts …`), or curl sending a cohort file. */
export interface DocExample {
  readonly file: string;
  readonly kind: 'lms' | 'curl';
  readonly command: string;
}

/**
 * The runnable cohort examples of some Markdown pages: in every ```sh block, each command (lines
 * ending in a backslash joined), without its trailing comment; the `lms` commands, and the curl
 * calls that send a file (`@…`) to the batch or validate routes.
 */
export function docExamples(files: readonly string[]): DocExample[] {
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) =>
      block[1]!
        .replace(/\\\n\s*/g, ' ')
        .split('\n')
        .map((line) => line.replace(/\s{2,}#.*$/, '').trim())
        .flatMap((command): DocExample[] => {
          if (/^(lms|npx node shared\/cli\/lms\.ts) /.test(command)) return [{ file, kind: 'lms', command }];
          if (/^curl .*\/v1\/lms\/(score\/batch|validate)/.test(command) && / @\S/.test(command))
            return [{ file, kind: 'curl', command }];
          return [];
        }),
    ),
  );
}
