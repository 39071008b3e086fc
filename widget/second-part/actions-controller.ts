import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the last copy did: nothing yet, the summary copied, the link copied, or the browser refused. */
export type CopyStatus = 'idle' | 'copied' | 'failed' | 'linkCopied';

/**
 * The result's actions for one element (a Lit reactive controller, added when the second part
 * arrives): Copy summary, Copy link, and Print, which dates the printout. The host updates when
 * their state changes.
 */
export class ActionsController implements ReactiveController {
  copyStatus: CopyStatus = 'idle';
  /** Built when "Copy summary" is pressed, not on every render; kept for the manual-copy fallback. */
  copiedText = '';
  /** When the page is printed: the printed block's date line. Set before the browser lays it out. */
  printedAt: Date | null = null;
  private readonly onBeforePrint = () => this.datePrint();

  constructor(private readonly host: ReactiveControllerHost & { readonly updateComplete: Promise<boolean> }) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.onBeforePrint);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.onBeforePrint);
  }

  private datePrint(): void {
    this.printedAt = new Date();
    this.host.requestUpdate();
  }

  async copy(text: string, done: 'copied' | 'linkCopied' = 'copied'): Promise<void> {
    this.copiedText = text;
    try {
      await navigator.clipboard.writeText(text);
      this.copyStatus = done;
    } catch {
      this.copyStatus = 'failed';
    }
    this.host.requestUpdate();
  }

  /** "Print / save as PDF": dates the printout, lets it render, then opens the browser's print dialog. */
  async print(): Promise<void> {
    this.datePrint();
    await this.host.updateComplete;
    print();
  }
}
