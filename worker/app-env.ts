// The two binding methods the Worker uses, declared structurally: the full workers-types package
// redefines Request/Response and clashes with the DOM types that the widget needs.
interface AssetsBinding {
  fetch(request: Request): Promise<Response>;
}
interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** Bindings declared in wrangler.toml. */
export interface Env {
  readonly ASSETS: AssetsBinding;
  readonly SCORE_LIMITER: RateLimitBinding;
  readonly BATCH_LIMITER: RateLimitBinding;
}

export type AppEnv = { Bindings: Env };
