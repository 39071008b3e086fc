// The two binding methods the Worker uses, declared structurally: the full workers-types package
// redefines Request/Response and clashes with the DOM types that the widget needs.
interface AssetsBinding {
  fetch(request: Request): Promise<Response>;
}
interface DurableObjectBinding {
  idFromName(name: string): unknown;
  get(id: never): { fetch(input: string, init?: RequestInit): Promise<Response> };
}
interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** Bindings declared in wrangler.toml (the API) and wrangler.ehr.toml (the EHR Worker). */
export interface Env {
  /** The API Worker's static files; the EHR Worker has none. */
  readonly ASSETS: AssetsBinding;
  readonly SCORE_LIMITER: RateLimitBinding;
  readonly BATCH_LIMITER: RateLimitBinding;
  /** CDS Hooks clients to trust (JSON array; see worker/cds/client-auth.ts). Unset: an open demo. */
  readonly CDS_TRUSTED_CLIENTS?: string;
  /** Observation codes that record adjuvant therapy (JSON array of {system, code}). Unset: unknown. */
  readonly LMS_ADJUVANT_THERAPY_CODES?: string;
  /** The EHR Worker's ledger of used CDS client tokens (worker/cds/replay-ledger.ts). */
  readonly REPLAY_LEDGER?: DurableObjectBinding;
  /** The calculator's origin, for the EHR Worker's card links (wrangler.ehr.toml). */
  readonly CALCULATOR_ORIGIN?: string;
}

export type AppEnv = { Bindings: Env };
