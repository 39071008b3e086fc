// Each Worker's bindings are the global `Env` that `wrangler types` generates from its own
// configuration (worker/api/ and worker/ehr/worker-configuration.d.ts, held current by
// `npm run typecheck`): code under common/ is compiled once per Worker, against that Worker's Env.
type WorkerEnv = Env;

export type { WorkerEnv as Env };
export type AppEnv = { Bindings: Env };
