// The EHR Worker (wrangler.ehr.toml): CDS Hooks 2.0 and FHIR R4 for the LMS. See ehr-app.ts.
import { lms } from '@lms-score/core';
import { ehrApp } from './ehr-app.ts';

export { ReplayLedger } from './cds/replay-ledger.ts';
export default ehrApp(lms);
