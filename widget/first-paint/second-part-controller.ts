import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CalculatorPart } from '../loaders/part-loader.ts';
import type { CalculatorModel, FormModel } from './calculator-model.ts';
import { partNow, requestPart } from './calculator-parts.ts';

/** The second part, with the host's form model bound to its engine. */
export interface Engine {
  readonly part: CalculatorPart;
  readonly model: CalculatorModel;
}

/**
 * The calculator's second part (the engine, result and footer) for one element (a Lit reactive
 * controller). On connect it takes the part if the page has it, or requests it and updates the
 * host when it arrives; `attach` runs once, when the engine is here, before anything it renders
 * (the host adds the part's styles there). `loading` lets the host's updateComplete wait for it.
 */
export class SecondPartController implements ReactiveController {
  engine: Engine | undefined;
  /** The request under way, if any. */
  loading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly form: FormModel,
    private readonly attach: (part: CalculatorPart) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.engine) return;
    const here = partNow();
    if (here) this.take(here);
    else
      this.loading ??= requestPart().then(() => {
        this.loading = undefined;
        const loaded = partNow();
        if (loaded && !this.engine) this.take(loaded);
        this.host.requestUpdate();
      });
  }

  private take(part: CalculatorPart): void {
    this.engine = { part, model: part.withEngine(this.form) };
    this.attach(part);
  }
}
