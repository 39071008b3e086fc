/** One step of a Kaplan–Meier curve, at a time with an event or a censoring. */
export interface KaplanMeierStep {
  readonly time: number;
  readonly atRisk: number;
  readonly events: number;
  readonly censored: number;
  readonly survival: number;
  /** Greenwood's standard error of `survival` (what R's summary.survfit prints); null once survival is 0. */
  readonly stdErr: number | null;
  /** 95% CI on the log scale, R survfit's default (conf.type "log"), upper capped at 1; null once survival is 0. */
  readonly lower: number | null;
  readonly upper: number | null;
}

/** qnorm(0.975): R's 95% interval. */
const Z95 = 1.959963984540054;

/**
 * e^x to 12 significant digits. Math.exp may differ in its last bit between JavaScript engines
 * (Node's, workerd's and the browser's V8 are different versions), and so would the interval
 * that lms validate, the API and /validate give for one cohort; 12 digits are far beyond what a
 * 95% interval means, and alike in all three.
 */
const exp12 = (x: number) => Number(Math.exp(x).toPrecision(12));

/**
 * The Kaplan–Meier estimate with Greenwood's variance, step for step as R's
 * `survfit(Surv(time, event) ~ 1)`: one step per distinct time, censor-only times included.
 *
 * @example
 * kaplanMeier([1, 2, 2, 3], [1, 1, 0, 0])[0]; // { time: 1, atRisk: 4, events: 1, survival: 0.75, ... }
 */
export function kaplanMeier(time: ArrayLike<number>, event: ArrayLike<number>): KaplanMeierStep[] {
  const order = Array.from({ length: time.length }, (_, i) => i).sort((i, j) => time[i]! - time[j]!);
  const steps: KaplanMeierStep[] = [];
  let atRisk = order.length;
  let survival = 1;
  let greenwood = 0; // sum of d / (n (n - d)): the variance of log survival
  for (let i = 0; i < order.length; ) {
    const t = time[order[i]!]!;
    let events = 0;
    let censored = 0;
    for (; i < order.length && time[order[i]!] === t; i++) {
      if (event[order[i]!]) events++;
      else censored++;
    }
    if (events) {
      survival *= (atRisk - events) / atRisk;
      greenwood += atRisk === events ? Infinity : events / (atRisk * (atRisk - events));
    }
    const seLog = Math.sqrt(greenwood);
    const defined = survival > 0 && Number.isFinite(seLog);
    steps.push({
      time: t,
      atRisk,
      events,
      censored,
      survival,
      stdErr: defined ? survival * seLog : null,
      lower: defined ? survival * exp12(-Z95 * seLog) : null,
      upper: defined ? Math.min(1, survival * exp12(Z95 * seLog)) : null,
    });
    atRisk -= events + censored;
  }
  return steps;
}

/** The curve's value at `t` (the last step at or before it), or null when follow-up ends before `t`. */
export function survivalAt(steps: readonly KaplanMeierStep[], t: number): KaplanMeierStep | null {
  if (!steps.length || steps[steps.length - 1]!.time < t) return null;
  let found: KaplanMeierStep | null = null;
  for (const s of steps) {
    if (s.time > t) break;
    found = s;
  }
  return (
    found ?? { time: 0, atRisk: steps[0]!.atRisk, events: 0, censored: 0, survival: 1, stdErr: 0, lower: 1, upper: 1 }
  );
}
