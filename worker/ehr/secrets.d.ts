// The EHR Worker's secrets (`wrangler secret put NAME -c wrangler.ehr.toml`). `wrangler types`
// cannot see a secret, and each may be unset, so they are declared here, optional, beside the
// generated worker-configuration.d.ts.
interface Env {
  /** CDS Hooks clients to trust (JSON array; see cds/client-auth.ts). Unset: an open demo. */
  readonly CDS_TRUSTED_CLIENTS?: string;
  /** Observation codes that record adjuvant therapy (JSON array of {system, code}). Unset: unknown. */
  readonly LMS_ADJUVANT_THERAPY_CODES?: string;
  /** The SMART on FHIR app's client id and EHR servers (JSON; see smart/smart-config.ts). Unset: the app is off. */
  readonly SMART_APP?: string;
  /** This Worker's public origin (npm run deploy sets it from LMS_EHR_ORIGIN). Unset: each request's own. */
  readonly PUBLIC_ORIGIN?: string;
}
