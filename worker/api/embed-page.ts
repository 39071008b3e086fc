import type { Context } from 'hono';
import { hasLanguage, resolveLanguage } from '../../widget/common/language.ts';
import type { AppEnv } from '../common/app-env.ts';
import { staticAsset } from './static-asset.ts';

/**
 * GET /embed: the iframe's page. With `?lang=` naming one of the calculator's languages other than
 * English, that language's page (embed.<language>.html, scripts/build/render-pages.ts), whose one
 * tag carries its pack: the form paints after one file, as English's does. Otherwise the page
 * that leaves the language to the reader's browser. Only `lang` is read of the query.
 */
export function embedPage(c: Context<AppEnv>): Promise<Response> {
  const tag = c.req.query('lang');
  const language = tag && hasLanguage(tag) ? resolveLanguage(tag) : 'en';
  if (language === 'en') return staticAsset(c);
  // Asked for without `.html`, which static assets would answer with a redirect.
  return c.env.ASSETS.fetch(new Request(new URL(`/embed.${language}`, c.req.url), c.req.raw));
}
