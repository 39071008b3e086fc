import { analyseCohort } from './analyse-cohort.ts';
import type { AnalysisRequest } from './analysis-messages.ts';

// The /validate page's Web Worker: reads the file and runs the analysis off the page's main thread,
// so that the page keeps answering clicks and keys. Built as /widget/<version>/validation-worker.js
// (scripts/build/build-validation.ts); the page starts it pinned by its SRI hash
// (start-validation-worker.ts). It sees no DOM and sends nothing anywhere: only its replies.
addEventListener('message', (event: MessageEvent<AnalysisRequest>) => {
  analyseCohort(event.data, (reply) => postMessage(reply)).catch(() => postMessage({ kind: 'failed' }));
});
