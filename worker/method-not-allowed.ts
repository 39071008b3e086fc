import type { Handler } from 'hono';
import { problemResponse } from './problem.ts';

/** Handler for a known path called with a method it does not serve. */
export const methodNotAllowed =
  (allow: string): Handler =>
  (c) =>
    problemResponse(
      {
        status: 405,
        type: 'method-not-allowed',
        title: 'Method not allowed',
        detail: `${c.req.method} is not served at ${c.req.path}; use ${allow}.`,
      },
      { allow },
    );
