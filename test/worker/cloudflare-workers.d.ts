// The part of workerd's "cloudflare:workers" module the tests use: the Worker under test's
// default export, called in-process by @cloudflare/vitest-plugin, and its bindings.
declare module 'cloudflare:workers' {
  export const exports: { default: { fetch(request: Request): Promise<Response> } };
  export const env: import('../../worker/common/app-env.ts').Env;
}
