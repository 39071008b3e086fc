import type Client from 'fhirclient/lib/Client';

interface Patient {
  readonly name?: readonly { readonly text?: string; readonly given?: readonly string[]; readonly family?: string }[];
  readonly birthDate?: string;
}

/** A Patient's name as the chart shows it: name.text, else given names and family name. */
const nameOf = (p: Patient): string | null => {
  const n = p.name?.[0];
  const text = n?.text ?? [...(n?.given ?? []), n?.family ?? ''].join(' ').trim();
  return text ? text.slice(0, 120) : null;
};

/**
 * Says whose record the page shows (name, birth date, id), so that a clinician can check it is the
 * patient in front of them: a standalone launch has no chart around it to say so. Shows the id
 * alone when the Patient cannot be read.
 */
export async function showPatient(client: Client, patientId: string): Promise<void> {
  const banner = document.getElementById('patient');
  if (!banner) return;
  let patient: Patient | null = null;
  try {
    patient = (await client.request(`Patient/${encodeURIComponent(patientId)}`)) as Patient;
  } catch {
    patient = null;
  }
  const name = patient && nameOf(patient);
  const born = patient?.birthDate && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(patient.birthDate) ? patient.birthDate : null;
  banner.textContent = `Patient: ${name ?? 'name not read'}${born ? `, born ${born}` : ''} (Patient/${patientId})`;
  banner.hidden = false;
}
