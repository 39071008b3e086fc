import { BATCH_CSV_COLUMNS } from '../batch-csv.ts';
import type { ModelDefinition } from '../model-definition.ts';

/** Words wrapped to 80 columns, each line after the first indented like the first. */
function wrap(text: string, indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent + line.length + 1 + word.length > 80) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

/**
 * \`lms --help\`: every command, option and exit code, with examples; the field and column names
 * come from the model and the batch CSV. The README quotes it, and a test holds the two equal.
 */
export const helpText = (
  model: ModelDefinition,
): string => `lms: the Liver Metastasis Score (Zheng et al., Ann Surg Oncol 2025;32:1176-1186)
on your own machine. Nothing is sent anywhere.

Usage:
  lms score [file|-] [--from csv|jsonl] [--to csv|jsonl] [--detail summary|full]
  lms validate [file|-] [--from csv|jsonl] [--time-unit months|days|years]
               [--bootstrap n] [--seed n] [--format table|json]
  lms model
  lms --help | --version

Commands:
  score     ${wrap(
    'Scores every row, streaming: memory stays flat however long the file. ' +
      `CSV in: a header row naming id (optional) and the model's fields (${model.factors.map((f) => f.id).join(', ')}); ` +
      `the output echoes each row's cells, then ${BATCH_CSV_COLUMNS.join(', ')} (the API's batch CSV). ` +
      'JSON Lines in: one patient object per line; one row per line out ({"id", "result"} or {"id", "errors"}). ' +
      'An empty cell or a missing field is unknown, never "no": the result is then a range.',
    12,
  )}
  validate  The model on a cohort with outcomes (the score columns plus time and
            event; a CSV without either is refused): C-index with a bootstrap
            CI, Kaplan-Meier by risk group, observed vs published risk. The
            same report as the API's POST /v1/lms/validate, with no row limit.
  model     The model definition, with the source of every number, as JSON.

Options:
  --from csv|jsonl      Input format. Default: from the file name (.jsonl and
                        .ndjson are JSON Lines), else CSV; for stdin, JSON Lines
                        when the first character is "{".
  --to csv|jsonl        Output format of score. Default: the input's. CSV output
                        needs CSV input (its columns are echoed).
  --detail level        JSON Lines rows of score: summary (default), each
                        result's figures and their provenance as the CSV has
                        them; or full, the whole result with its breakdown.
  --time-unit unit      Unit of the time column: months (default), days, years.
  --bootstrap n         Bootstrap replicates for the C-index CI, 0 to 2000
                        (default 1000).
  --seed n              Bootstrap seed, a whole number (default 20250101).
                        Same seed, same CI.
  --format table|json   Report format of validate. Default: table on a terminal,
                        JSON otherwise.
  -h, --help            This text.
  -v, --version         The version, and the model's version and hash.

Exit codes:
  0  every row was scored (or the cohort validated)
  1  some rows had errors (each is in the output, none is dropped), or the input
     was refused as a whole (an unreadable CSV, a bad header, no time or event
     column for validate)
  2  usage: an unknown command or option, a bad option value, a file that
     cannot be read

Examples (cohort.csv and outcomes.csv as in the repo's examples/ folder):
  lms score cohort.csv > scored.csv
  lms score --to jsonl < cohort.csv
  lms validate outcomes.csv --format json > report.json
`;
