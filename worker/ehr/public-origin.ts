import type { Env } from '../common/app-env.ts';

/**
 * This Worker's public origin, for the addresses its resources name (the Questionnaire's canonical
 * url, code systems, card links): PUBLIC_ORIGIN, which `npm run deploy` sets from LMS_EHR_ORIGIN;
 * unset (npm start, the tests), the origin the request came to. A cached Questionnaire then never
 * names a Host header some client sent.
 *
 * @example
 * publicOrigin(c.env, c.req.url); // 'https://ehr.lms.example.org'
 */
export const publicOrigin = (env: Pick<Env, 'PUBLIC_ORIGIN'>, url: string): string =>
  new URL(env.PUBLIC_ORIGIN || url).origin;
