import type { Problem } from '@lms-score/core';
import type { CohortValidation, ValidationProgress } from '@lms-score/core/validate';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnalysisReply, AnalysisRequest } from './analysis-messages.ts';
import { preloadValidationWorker, startValidationWorker } from './start-validation-worker.ts';

/** How an analysis ended. `failed` says whether its worker could not start, or stopped while it ran. */
export type AnalysisOutcome =
  | { readonly kind: 'report'; readonly report: CohortValidation; readonly ms: number }
  | { readonly kind: 'refused'; readonly problems: readonly Problem<string>[] }
  | { readonly kind: 'too-many-rows'; readonly rows: number; readonly max: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly when: 'start' | 'run' };

/**
 * The element's analyses in a Web Worker (validation-worker.ts), Lit-style: one at a time, its
 * progress for the host to show (the host updates with it), and a cancel that terminates the worker
 * at once, whatever it is doing. An idle worker is kept for the next analysis; a cancelled one is
 * gone, and the next analysis starts another.
 */
export class ValidationWorkerController implements ReactiveController {
  /** The running analysis's last progress; null before its first, and when none runs. */
  progress: ValidationProgress | null = null;
  /** How many rows the running analysis read, once it has read them all; null until then. */
  rowsRead: number | null = null;
  #host: ReactiveControllerHost;
  #worker: Promise<Worker> | null = null;
  #settle: ((outcome: AnalysisOutcome) => void) | null = null;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** True while an analysis runs. */
  get busy(): boolean {
    return this.#settle !== null;
  }

  hostConnected(): void {
    preloadValidationWorker();
  }

  hostDisconnected(): void {
    this.cancel();
    this.#stop();
  }

  /** Runs one analysis; a new one cancels the one that runs (which ends `cancelled`). */
  run(request: AnalysisRequest): Promise<AnalysisOutcome> {
    this.cancel();
    const started = performance.now();
    return new Promise((resolve) => {
      const settle = (outcome: AnalysisOutcome) => {
        if (this.#settle !== settle) return;
        this.#settle = null;
        this.progress = null;
        this.#host.requestUpdate();
        resolve(outcome);
      };
      this.#settle = settle;
      this.progress = null;
      this.rowsRead = null;
      this.#host.requestUpdate();
      this.#worker ??= startValidationWorker();
      this.#worker.then(
        (worker) => {
          if (this.#settle !== settle) return;
          let heard = false;
          worker.onmessage = ({ data }: MessageEvent<AnalysisReply>) => {
            heard = true;
            if (data.kind === 'progress') {
              const { kind: _, ...progress } = data;
              this.progress = progress;
              if (progress.stage === 'rows' && progress.done === progress.total) this.rowsRead = progress.total;
              this.#host.requestUpdate();
            } else if (data.kind === 'report')
              settle({ kind: 'report', report: data.report, ms: performance.now() - started });
            else if (data.kind === 'failed') settle({ kind: 'failed', when: 'run' });
            else settle(data);
          };
          // The script did not load (CSP, a syntax the browser lacks), or the worker died (memory).
          worker.onerror = (event) => {
            event.preventDefault();
            this.#stop();
            settle({ kind: 'failed', when: heard ? 'run' : 'start' });
          };
          worker.postMessage(request);
        },
        () => {
          this.#worker = null;
          settle({ kind: 'failed', when: 'start' });
        },
      );
    });
  }

  /** Ends the analysis that runs, at once: its worker is terminated. Nothing happens when none runs. */
  cancel(): void {
    const settle = this.#settle;
    if (!settle) return;
    this.#stop();
    settle({ kind: 'cancelled' });
  }

  #stop(): void {
    const worker = this.#worker;
    this.#worker = null;
    worker?.then(
      (w) => w.terminate(),
      () => {},
    );
  }
}
