// Written by the build (scripts/build/build-validation.ts): the worker's file, beside this one in
// /widget/<version>/, and its SRI hash. Undefined when the sources run as they are (the tests).
declare const __LMS_VALIDATION_WORKER_FILE__: string;
declare const __LMS_VALIDATION_WORKER_INTEGRITY__: string;

let script: Promise<string> | null = null;

/**
 * The built worker script as a Blob URL, fetched once from beside this file with its SRI hash:
 * a worker script cannot carry an integrity attribute, so the bytes are checked by fetch() and the
 * worker runs from the checked copy (docs/decisions/0010-validation-in-a-worker.md).
 * Rejects when the network, the page's CSP (connect-src) or the hash refuses it; a later call tries again.
 */
function workerScript(): Promise<string> {
  if (script) return script;
  const file = __LMS_VALIDATION_WORKER_FILE__;
  const integrity = __LMS_VALIDATION_WORKER_INTEGRITY__;
  const fetched = (async () => {
    const res = await fetch(new URL(file, import.meta.url), { integrity, credentials: 'omit' });
    if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
    return URL.createObjectURL(new Blob([await res.arrayBuffer()], { type: 'text/javascript' }));
  })();
  script = fetched;
  fetched.catch(() => {
    if (script === fetched) script = null;
  });
  return fetched;
}

/** Fetches the worker's script ahead of the first analysis, so that choosing a file sends nothing. */
export function preloadValidationWorker(): void {
  if (typeof __LMS_VALIDATION_WORKER_FILE__ !== 'undefined') workerScript().catch(() => {});
}

/**
 * A new analysis worker: in the served build, from the pinned Blob URL (the page's CSP must allow
 * `worker-src blob:`); from the sources (tests, a bundler), the module itself.
 */
export async function startValidationWorker(): Promise<Worker> {
  if (typeof __LMS_VALIDATION_WORKER_FILE__ === 'undefined')
    return new Worker(new URL('./validation-worker.ts', import.meta.url), { type: 'module', name: 'lms-validation' });
  return new Worker(await workerScript(), { name: 'lms-validation' });
}
