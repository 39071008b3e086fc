import type { Handler } from 'hono';
import { problemResponse } from './problems.ts';

/** Handler for a known path called with a method it does not serve. */
export const methodNotAllowed =
  (allow: string): Handler =>
  (c) =>
    problemResponse('method-not-allowed', `${c.req.method} is not served at ${c.req.path}; use ${allow}.`, {
      headers: { allow },
    });
