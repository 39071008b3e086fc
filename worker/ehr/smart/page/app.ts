// /smart/app: completes the authorization (fhirclient checks state and sends the PKCE verifier),
// reads the patient's LMS Observations with the CDS service's own reader, and fills the calculator,
// each field saying where its value came from. Nothing leaves for anywhere but the FHIR server.
import { lms, type ScoreResult } from '@lms-score/core';
import FHIR from 'fhirclient';
import type Client from 'fhirclient/lib/Client';
import { observationsIn, readObservations } from '../../fhir/read-observations.ts';
import { scoreObservations } from '../../fhir/score-observations.ts';
import { fieldSources } from './field-sources.ts';
import { loadCalculator } from './load-calculator.ts';
import { pageSettings, say } from './page-settings.ts';
import { showPatient } from './patient-banner.ts';
import { refusalText } from './record-answer.ts';
import { SaveToRecord } from './save-to-record.ts';

interface Calculator extends HTMLElement {
  value: Record<string, unknown> | null;
  sources: Record<string, string> | undefined;
}
interface ChangeDetail {
  readonly value: Record<string, unknown>;
  readonly result: ScoreResult | null;
}

const settings = pageSettings();

/** fhirclient's error as one short reason: no URL lines, no trailing full stops. */
const reasonOf = (e: unknown) =>
  (e instanceof Error ? e.message : String(e))
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('URL:'))
    .join(': ')
    .replace(/[.\s]+$/, '');
const factors = lms.definition.factors.map((f) => f.id);

/** Every Observation of the patient with one of the LMS codes, all pages. */
async function observationsOf(client: Client, patientId: string): Promise<unknown[]> {
  const codes = Object.values(settings.codes).flatMap((list) => list.map((c) => `${c.system}|${c.code}`));
  const query = new URLSearchParams({ patient: patientId, code: codes.join(','), _count: '100' });
  return (await client.request(`Observation?${query}`, { pageLimit: 0, flat: true })) as unknown[];
}

function showProblems(problems: readonly string[]): void {
  const list = document.getElementById('problems')!;
  list.replaceChildren(
    ...problems.map((p) => {
      const item = document.createElement('li');
      item.textContent = p.replace(/`/g, '');
      return item;
    }),
  );
  list.hidden = problems.length === 0;
}

async function start(): Promise<void> {
  let client: Client;
  try {
    client = await FHIR.oauth2.ready();
  } catch (e) {
    document.getElementById('save')?.remove(); // nothing to save without a record
    say(
      `Not connected to the record (${reasonOf(e)}). Nothing was read. Launch the app again from the patient’s chart.`,
      'error',
    );
    return;
  }
  const patientId = client.patient.id;
  const calculatorLoaded = loadCalculator(settings.calculator);
  if (!patientId) {
    say('The launch gave no patient. Start the app from a patient’s chart.', 'error');
    return;
  }
  const banner = showPatient(client, String(patientId));
  let observations: unknown[];
  try {
    observations = await observationsOf(client, String(patientId));
  } catch (e) {
    say(`The record could not be read. ${refusalText(e)}`, 'error');
    return;
  }
  await banner;
  const reading = readObservations(observationsIn(observations), settings.codes, String(patientId));
  const scored = scoreObservations(lms, reading);
  showProblems(scored.problems);
  try {
    await calculatorLoaded;
  } catch (e) {
    say(`The calculator could not load: ${e instanceof Error ? e.message : String(e)}.`, 'error');
    return;
  }
  const calculator = document.querySelector('lms-calculator') as Calculator;
  const recorded = Object.fromEntries(scored.used.map((u) => [u.factor, u.value]));
  const save = settings.writeBack ? new SaveToRecord(client, String(patientId), scored.used, settings) : null;
  calculator.addEventListener('lms-change', (e) => {
    const { value, result } = (e as CustomEvent<ChangeDetail>).detail;
    calculator.sources = fieldSources(factors, scored.used, value, settings.adjuvantNote);
    save?.update(value, result);
  });
  calculator.value = recorded;
  calculator.sources = fieldSources(factors, scored.used, recorded, settings.adjuvantNote);
  // The values are in once the engine has read them: only then does the page say the form is ready.
  await (calculator as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  const n = scored.used.length;
  say(
    n === 0
      ? 'No LMS factors were found in the record for this patient: enter them below.'
      : `Found ${n} of ${factors.length} factors in the record. Check them${n < factors.length ? ', and enter what is missing' : ''}; each field says where its value came from.`,
  );
  save?.update(recorded, (calculator as unknown as { result: ScoreResult | null }).result);
}

void start();
