// Where the two Workers are reached, for everything the build writes that names an address: the
// demo page's snippets, /docs, openapi.json. One setting each, read at build time:
//   LMS_PUBLIC_ORIGIN   the API Worker: API, widget, pages (default: npm start's http://127.0.0.1:8787)
//   LMS_EHR_ORIGIN      the EHR Worker (default: npm start's http://127.0.0.1:8788)
// The Workers read the same origins at run time from their PUBLIC_ORIGIN (and the EHR Worker's
// CALCULATOR_ORIGIN) variables, which `npm run deploy` sets from these (scripts/deploy.ts).

/** `npm start`'s addresses (the [dev] ports of wrangler.toml and wrangler.ehr.toml). */
export const LOCAL_ORIGINS = { api: 'http://127.0.0.1:8787', ehr: 'http://127.0.0.1:8788' } as const;

export interface PublicOrigins {
  readonly api: string;
  readonly ehr: string;
}

/** An origin from a setting, or an error naming the setting. */
export function originOf(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an origin such as https://lms.example.org; got ${JSON.stringify(value)}.`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username)
    throw new Error(`${name} must be an origin (scheme, host and port only) such as https://lms.example.org.`);
  return url.origin;
}

/** The origins the build writes into pages and documents: the settings, or the local defaults. */
export function publicOrigins(env: Record<string, string | undefined> = process.env): PublicOrigins {
  return {
    api: env.LMS_PUBLIC_ORIGIN ? originOf('LMS_PUBLIC_ORIGIN', env.LMS_PUBLIC_ORIGIN) : LOCAL_ORIGINS.api,
    ehr: env.LMS_EHR_ORIGIN ? originOf('LMS_EHR_ORIGIN', env.LMS_EHR_ORIGIN) : LOCAL_ORIGINS.ehr,
  };
}

/** Whether an origin is this machine (a deployment must not name one). */
export const isLoopback = (origin: string) => /^(127\.|localhost$|\[::1\]$)/.test(new URL(origin).hostname);
