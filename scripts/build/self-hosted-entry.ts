// What a Worker's default export is wrapped in under plain workerd: a variable read with
// `fromEnvironment` that the environment does not set arrives as null, where Cloudflare leaves an
// unset secret out of `env` altogether. Dropping the nulls gives the Worker the `env` it gets on
// Cloudflare (an unset CDS_TRUSTED_CLIENTS is the open demo, not an unreadable trust list).
// Bundled by self-hosted-config.ts into each Worker's module; runs in workerd, not in Node.

type Handler = (event: unknown, env: object, ctx: unknown) => unknown;

/** The event handlers a module Worker's default export may have. */
const HANDLERS = ['fetch', 'scheduled', 'queue', 'email', 'tail', 'trace'] as const;

/**
 * `worker` with every handler given `env` without its null bindings.
 *
 * @example
 * export default presentBindings(app);
 */
export function presentBindings(worker: object): object {
  const seen = new WeakMap<object, object>();
  const present = (env: object) => {
    let kept = seen.get(env);
    if (!kept) {
      kept = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== null));
      seen.set(env, kept);
    }
    return kept;
  };
  const handlers: Record<string, Handler> = {};
  for (const name of HANDLERS) {
    const handler = (worker as Record<string, unknown>)[name];
    if (typeof handler === 'function')
      handlers[name] = (event, env, ctx) => (handler as Handler).call(worker, event, present(env), ctx);
  }
  return handlers;
}
