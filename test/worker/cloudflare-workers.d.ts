// The tests' own program (tsconfig.json: DOM and Node, for every suite) reaches Worker code through
// imports, but workerd's types clash with the DOM's. So the few runtime names that Worker code
// uses are declared loosely here; each Worker's own program (worker/api, worker/ehr tsconfig.json)
// checks that code against the real runtime types and its generated Env.
declare module 'cloudflare:workers' {
  /** The Worker under test's default export, called in-process by @cloudflare/vitest-plugin. */
  export const exports: { default: { fetch(request: Request): Promise<Response> } };
  /** Its bindings. */
  export const env: Env;
  export class DurableObject<E = unknown> {
    constructor(ctx: DurableObjectState, env: E);
    protected ctx: DurableObjectState;
    protected env: E;
  }
}
interface RateLimit {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}
interface Fetcher {
  fetch(request: Request): Promise<Response>;
}
interface SqlStorage {
  exec(query: string, ...bindings: unknown[]): { toArray(): unknown[] };
}
interface DurableObjectState {
  readonly storage: { readonly sql: SqlStorage };
}
interface DurableObjectNamespace<T = unknown> {
  idFromName(name: string): unknown;
  get(id: unknown): {
    [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
  };
}
