#!/usr/bin/env node
// The `lms` command (bin of @lms-score/core). `lms --help` says what it does.
import { lms } from '../lms.ts';
import { runCli } from './run-cli.ts';

// A reader that stops early (`lms score big.csv | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await runCli(lms, process.argv.slice(2), process);
