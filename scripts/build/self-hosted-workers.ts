// What a wrangler file asks of the runtime, read with wrangler's own reader, as the self-hosted
// workerd configuration needs it: no second copy of the bindings to keep in step by hand.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { unstable_readConfig } from 'wrangler';

/** One Worker of a wrangler file, as self-hosted-capnp.ts writes it for workerd. */
export interface SelfHostedWorker {
  /** The wrangler `name`: the workerd service's and its socket's name. */
  readonly name: string;
  readonly configPath: string;
  /** The entry module, absolute. */
  readonly main: string;
  readonly compatibilityDate: string;
  readonly compatibilityFlags: readonly string[];
  readonly bundle: {
    keepNames: boolean;
    minify: boolean;
    define: Record<string, string>;
    alias: Record<string, string>;
  };
  /** `[vars]` and secrets, each read from the environment variable of the same name. */
  readonly variables: readonly string[];
  /** `[vars]` values: the start command's defaults for variables the environment leaves unset. */
  readonly defaults: Readonly<Record<string, string>>;
  readonly rateLimits: readonly { name: string; limit: number; period: number }[];
  readonly durableObjects: readonly { binding: string; className: string }[];
  /** Each class the migrations leave, with its storage key (kept across renames) and SQLite API. */
  readonly classes: readonly { className: string; uniqueKey: string; sql: boolean }[];
  /** `[assets]`, its directory relative to the repository root. */
  readonly assets: { binding: string | undefined; directory: string; workerFirst: boolean } | null;
  /** `[dev]`'s ip and port: where `npm start` serves it, and so the default address. */
  readonly address: string;
}

/** Settings read below, or that only Cloudflare's deployment reads (routes, placement, logs). */
const HANDLED = new Set(
  [
    'name main compatibility_date compatibility_flags vars secrets durable_objects migrations ratelimits assets',
    'keep_names minify define alias dev observability build jsx_factory jsx_fragment python_modules no_bundle',
    'configPath userConfigPath topLevelName account_id routes route workers_dev preview_urls placement limits',
    'logpush upload_source_maps send_metrics tsconfig base_dir find_additional_modules preserve_file_names',
  ]
    .join(' ')
    .split(' '),
);
const used = (v: unknown): boolean =>
  Array.isArray(v) ? v.length > 0 : v && typeof v === 'object' ? Object.values(v).some(used) : v != null;

const refuse = (configPath: string, what: string): never => {
  throw new Error(`${configPath}: ${what} has no self-hosted equivalent in scripts/build/self-hosted-workers.ts`);
};

/** Secrets are not in the wrangler file: their names are in the Worker's secrets.d.ts, declared optional. */
function secretNames(main: string): string[] {
  const file = join(dirname(main), 'secrets.d.ts');
  if (!existsSync(file)) return [];
  return [...readFileSync(file, 'utf8').matchAll(/^\s*readonly (\w+)\?: string;/gm)].map((m) => m[1]!);
}

/** The Durable Object classes the migrations leave, in order, each under its first name's key. */
function migratedClasses(name: string, migrations: ReturnType<typeof unstable_readConfig>['migrations']) {
  const classes = new Map<string, { key: string; sql: boolean }>();
  for (const m of migrations) {
    for (const c of m.new_classes ?? []) classes.set(c, { key: c, sql: false });
    for (const c of m.new_sqlite_classes ?? []) classes.set(c, { key: c, sql: true });
    for (const { from, to } of m.renamed_classes ?? []) {
      classes.set(to, classes.get(from)!);
      classes.delete(from);
    }
    for (const c of m.deleted_classes ?? []) classes.delete(c);
  }
  return [...classes].map(([className, { key, sql }]) => ({ className, uniqueKey: `${name}-${key}`, sql }));
}

/**
 * Reads one wrangler file. Refuses, naming it, any binding or setting the self-hosted
 * configuration cannot give as Cloudflare does, rather than leave it out.
 *
 * @example
 * selfHostedWorker('wrangler.ehr.toml').variables; // ['CALCULATOR_ORIGIN', 'CDS_TRUSTED_CLIENTS', ...]
 */
export function selfHostedWorker(configPath: string): SelfHostedWorker {
  const c = unstable_readConfig({ config: configPath }, { hideWarnings: true });
  if (!c.name || !c.main) return refuse(configPath, 'a Worker without name or main');
  for (const [key, value] of Object.entries(c)) if (!HANDLED.has(key) && used(value)) refuse(configPath, `"${key}"`);
  if (c.assets?.not_found_handling && c.assets.not_found_handling !== 'none')
    refuse(configPath, 'assets.not_found_handling');
  if (c.assets?.html_handling && c.assets.html_handling !== 'auto-trailing-slash')
    refuse(configPath, 'assets.html_handling');
  if (Array.isArray(c.assets?.run_worker_first)) refuse(configPath, 'assets.run_worker_first as a list of routes');
  for (const b of c.durable_objects.bindings) if (b.script_name) refuse(configPath, `${b.name}'s script_name`);
  const vars = Object.fromEntries(
    Object.entries(c.vars).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
  return {
    name: c.name,
    configPath,
    main: c.main,
    compatibilityDate: c.compatibility_date ?? refuse(configPath, 'a Worker without compatibility_date'),
    compatibilityFlags: c.compatibility_flags,
    bundle: { keepNames: c.keep_names ?? true, minify: c.minify ?? false, define: c.define, alias: c.alias ?? {} },
    variables: [...new Set([...Object.keys(vars), ...secretNames(c.main)])],
    defaults: vars,
    rateLimits: c.ratelimits.map((r: { name: string; simple: { limit: number; period: number } }) => ({
      name: r.name,
      limit: r.simple.limit,
      period: r.simple.period,
    })),
    durableObjects: c.durable_objects.bindings.map((b: { name: string; class_name: string }) => ({
      binding: b.name,
      className: b.class_name,
    })),
    classes: migratedClasses(c.name, c.migrations),
    assets: c.assets?.directory
      ? {
          binding: c.assets.binding,
          directory: relative(process.cwd(), resolve(dirname(configPath), c.assets.directory)) || '.',
          workerFirst: c.assets.run_worker_first === true,
        }
      : null,
    address: `${c.dev.ip === '*' || c.dev.ip === 'localhost' ? '127.0.0.1' : c.dev.ip}:${c.dev.port ?? 8787}`,
  };
}
