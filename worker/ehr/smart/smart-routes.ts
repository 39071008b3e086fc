import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../../common/app-env.ts';
import { observationCodes } from '../fhir/observation-codes.ts';
import { publicOrigin } from '../public-origin.ts';
import { type SmartConfig, serverFor, smartConfig } from './smart-config.ts';
import { appPage, launchPage, refusalPage, type SmartPageSettings, smartCsp } from './smart-page.ts';

type PageContext = Context<AppEnv>;

const pageHeaders = (csp: string) => ({ 'content-security-policy': csp, 'cache-control': 'no-store' });

/** The settings, or the page that says why the app cannot start. */
function settingsOr(c: PageContext): { config: SmartConfig; settings: SmartPageSettings } | Response {
  const read = smartConfig(c.env.SMART_APP);
  if (read === null)
    return c.html(refusalPage('The SMART on FHIR app is not set up on this server (SMART_APP is unset).'), 404);
  if (!read.ok) return c.html(refusalPage(`The SMART on FHIR app is set up wrongly: ${read.problems.join(' ')}`), 503);
  const origin = publicOrigin(c.env, c.req.url);
  const { codes, adjuvantNote } = observationCodes(c.env.LMS_ADJUVANT_THERAPY_CODES);
  const config = read.value;
  const calculator = c.env.CALCULATOR_ORIGIN ?? origin;
  return {
    config,
    settings: {
      clientId: config.clientId,
      servers: config.servers.map((s) => s.fhir),
      writeBack: config.writeBack,
      codes,
      adjuvantNote,
      origin,
      calculator: new URL(calculator).origin,
    },
  };
}

/**
 * The SMART on FHIR app (SMART App Launch 2.2): /smart/launch starts an EHR or standalone launch
 * (fhirclient, authorization code with PKCE), /smart/app reads the patient's Observations with the
 * CDS service's reader and fills the calculator. Tokens stay in the page's sessionStorage; nothing
 * about the patient reaches this Worker. Off until SMART_APP is set (docs/smart-app.md).
 *
 * @example
 * app.route('/', smartRoutes());
 */
export const smartRoutes = () => {
  const app = new Hono<AppEnv>();
  app.get('/smart/launch', (c) => {
    const read = settingsOr(c);
    if (read instanceof Response) return read;
    const iss = c.req.query('iss');
    // An EHR launch names its FHIR server; one not configured here would get the patient's token.
    if (iss !== undefined && !serverFor(read.config, iss))
      return c.html(
        refusalPage(`This app is not set up for the FHIR server ${iss}. Ask the team that runs it to add that server.`),
        400,
      );
    return c.html(launchPage(read.settings), 200, pageHeaders(smartCsp(read.config, read.settings.calculator)));
  });
  app.get('/smart/app', (c) => {
    const read = settingsOr(c);
    if (read instanceof Response) return read;
    return c.html(appPage(read.settings), 200, pageHeaders(smartCsp(read.config, read.settings.calculator)));
  });
  // The pages' scripts (with the chunk they share) and style, from the build (dist/ehr-public/smart/).
  app.get('/smart/:file{[A-Za-z0-9_-]+\\.(?:js|css)}', (c) => c.env.ASSETS.fetch(c.req.raw));
  return app;
};
