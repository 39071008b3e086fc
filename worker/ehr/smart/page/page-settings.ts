import type { SmartPageSettings } from '../smart-page.ts';

/** The settings the EHR Worker wrote into the page (smart-page.ts). */
export function pageSettings(): SmartPageSettings {
  const element = document.getElementById('lms-smart-settings');
  return JSON.parse(element?.textContent ?? 'null') as SmartPageSettings;
}

/** The page's live status line. */
export function say(text: string, kind: 'info' | 'error' = 'info'): void {
  const status = document.getElementById('status')!;
  status.textContent = text;
  status.className = kind;
}

/**
 * Scopes (SMART App Launch 2.2): read Observations and the Patient (to name whose record is shown);
 * create RiskAssessments only when saving is on.
 */
export const smartScopes = (launch: 'ehr' | 'standalone', writeBack: boolean): string =>
  [
    launch === 'ehr' ? 'launch' : 'launch/patient',
    'openid',
    'fhirUser',
    'patient/Observation.rs',
    // Only to say whose record is shown (name, birth date): the clinician checks the patient.
    'patient/Patient.r',
    ...(writeBack ? ['patient/RiskAssessment.c'] : []),
  ].join(' ');
