// The part of workerd's "cloudflare:workers" module the tests use: the Worker under test's
// default export, called in-process by @cloudflare/vitest-plugin.
declare module 'cloudflare:workers' {
  export const exports: { default: { fetch(request: Request): Promise<Response> } };
}
