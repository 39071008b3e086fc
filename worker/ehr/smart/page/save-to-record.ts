import { lms, type ScoreResult } from '@lms-score/core';
import type Client from 'fhirclient/lib/Client';
import type { FoundFactor } from '../../fhir/read-observations.ts';
import { riskAssessment } from '../../fhir/risk-assessment.ts';
import type { SmartPageSettings } from '../smart-page.ts';
import { standingBasis } from './field-sources.ts';
import { refusalText } from './record-answer.ts';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/**
 * "Save to record": creates the RiskAssessment `$lms` would return for the calculator's result, on
 * an explicit click only, and only while one risk group is possible. Says the server's answer.
 */
export class SaveToRecord {
  private result: ScoreResult | null = null;
  private value: Readonly<Record<string, unknown>> = {};
  private saving = false;
  private readonly button = document.getElementById('save-button') as HTMLButtonElement;
  private readonly why = document.getElementById('save-why')!;
  private readonly status = document.getElementById('save-status')!;

  constructor(
    private readonly client: Client,
    private readonly patientId: string,
    private readonly found: readonly FoundFactor[],
    private readonly settings: SmartPageSettings,
  ) {
    this.button.addEventListener('click', () => void this.save());
  }

  /** The calculator changed: what would be saved now. */
  update(value: Readonly<Record<string, unknown>>, result: ScoreResult | null): void {
    this.value = value;
    this.result = result;
    // What was said of the last save is about other inputs now.
    if (!this.saving) {
      this.status.textContent = '';
      this.status.className = '';
    }
    const group = result?.riskGroup ?? null;
    const label = lms.definition.riskGroups.find((g) => g.id === group)?.label;
    this.why.textContent =
      result === null
        ? 'Correct the inputs to save.'
        : group === null || result.risk === null
          ? 'Saving needs one possible risk group: enter the unknown factors.'
          : `Saves a RiskAssessment to the patient’s record: ${label}, published ${result.horizonYears}-year risk ${pct(result.risk)}. Nothing is sent before you click.`;
    this.button.disabled = this.saving || group === null;
  }

  private async save(): Promise<void> {
    const result = this.result;
    if (!result || result.riskGroup === null || this.saving) return;
    const resource = riskAssessment(lms, result, {
      subject: `Patient/${this.patientId}`,
      basis: standingBasis(this.found, this.value),
      origin: this.settings.origin,
      now: new Date().toISOString(),
    });
    if (!resource) return;
    this.saving = true;
    this.button.disabled = true;
    this.status.className = '';
    this.status.textContent = 'Saving…';
    try {
      const created = (await this.client.create(resource)) as { id?: unknown } | undefined;
      const id = typeof created?.id === 'string' ? `RiskAssessment/${created.id}` : 'a RiskAssessment';
      this.status.textContent = `Saved to the record as ${id} at ${new Date().toLocaleTimeString()}.`;
    } catch (e) {
      this.status.className = 'error';
      this.status.textContent = `Not saved. ${refusalText(e)}`;
    } finally {
      this.saving = false;
      this.button.disabled = this.result?.riskGroup == null;
    }
  }
}
