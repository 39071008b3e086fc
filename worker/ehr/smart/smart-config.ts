import type { Result } from '@lms-score/core';
import { isObject } from '../is-object.ts';
import { lastValueMemo } from '../memo.ts';

/** One EHR the SMART app may be launched from: its FHIR base URL and its authorization server's origin. */
export interface SmartServer {
  /** The FHIR base URL, as the EHR sends it in `iss`. */
  readonly fhir: string;
  /** The origin of its authorization and token endpoints (the page's CSP allows only these). */
  readonly auth: string;
  /** The origin of the EHR's own web page, when it shows the app in a frame there. */
  readonly ui?: string;
}

/** The SMART app's settings, from SMART_APP (a JSON object; see docs/smart-app.md). */
export interface SmartConfig {
  readonly clientId: string;
  readonly servers: readonly SmartServer[];
  /** "Save to record" creates a RiskAssessment (and asks for patient/RiskAssessment.c). Off unless true. */
  readonly writeBack: boolean;
}

// https, or http on the loopback interface (a developer's machine, the tests).
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const usableUrl = (x: unknown): URL | null => {
  if (typeof x !== 'string') return null;
  try {
    const url = new URL(x);
    const ok = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
    return ok && !url.username && !url.password && !url.hash ? url : null;
  } catch {
    return null;
  }
};

function readConfig(json: string | undefined): Result<SmartConfig, string> | null {
  if (!json) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, problems: ['SMART_APP is not JSON.'] };
  }
  if (!isObject(raw)) return { ok: false, problems: ['SMART_APP is not a JSON object.'] };
  const problems: string[] = [];
  const clientId = raw.clientId;
  if (typeof clientId !== 'string' || !/^[\x21-\x7e]{1,256}$/.test(clientId))
    problems.push('SMART_APP.clientId must be the client id the EHR registered (1-256 visible ASCII characters).');
  const servers: SmartServer[] = [];
  if (!Array.isArray(raw.servers) || raw.servers.length === 0)
    problems.push('SMART_APP.servers must be a non-empty array of {"fhir", "auth"}.');
  else
    raw.servers.forEach((s: unknown, i: number) => {
      const fhir = isObject(s) ? usableUrl(s.fhir) : null;
      const auth = isObject(s) ? usableUrl(s.auth) : null;
      const ui = isObject(s) && s.ui !== undefined ? usableUrl(s.ui) : undefined;
      if (!fhir || !auth || ui === null)
        problems.push(
          `SMART_APP.servers[${i}] needs "fhir" (the FHIR base URL) and "auth" (the authorization server's origin), and may have "ui" (the origin of the EHR page that frames the app), each https or loopback http.`,
        );
      else servers.push({ fhir: fhir.href.replace(/\/$/, ''), auth: auth.origin, ...(ui ? { ui: ui.origin } : {}) });
    });
  if (raw.writeBack !== undefined && typeof raw.writeBack !== 'boolean')
    problems.push('SMART_APP.writeBack must be true or false.');
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { clientId: clientId as string, servers, writeBack: raw.writeBack === true } };
}

/**
 * The SMART app's configuration: null when SMART_APP is unset (the app is off), else the settings
 * or what is wrong with them. Read once per value.
 *
 * @example
 * smartConfig('{"clientId":"lms","servers":[{"fhir":"https://ehr.example/fhir","auth":"https://ehr.example"}]}');
 * // { ok: true, value: { clientId: 'lms', servers: [...], writeBack: false } }
 */
export const smartConfig = lastValueMemo(readConfig);

/** The configured server whose FHIR base URL is `iss` (trailing slash ignored), if any. */
export const serverFor = (config: SmartConfig, iss: string): SmartServer | undefined =>
  config.servers.find((s) => s.fhir === iss.replace(/\/$/, ''));
