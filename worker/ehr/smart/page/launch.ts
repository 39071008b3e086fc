// /smart/launch: an EHR launch (?iss=…&launch=…) or a standalone one (no iss: the configured
// server, or a choice of them). fhirclient discovers the endpoints (.well-known/smart-configuration),
// makes the PKCE verifier (S256, required), keeps its state in sessionStorage and redirects.
import FHIR from 'fhirclient';
import { pageSettings, say, smartScopes } from './page-settings.ts';

const settings = pageSettings();
const params = new URLSearchParams(location.search);
const redirectUri = new URL('/smart/app', location.href).href;

async function authorize(iss: string, launch: 'ehr' | 'standalone'): Promise<void> {
  say(`Connecting to ${new URL(iss).host}…`);
  try {
    await FHIR.oauth2.authorize({
      clientId: settings.clientId,
      scope: smartScopes(launch, settings.writeBack),
      redirectUri,
      iss,
      ...(launch === 'ehr' ? { launch: params.get('launch') ?? '' } : {}),
      pkceMode: 'required',
    });
  } catch (e) {
    say(`Could not start: ${e instanceof Error ? e.message : String(e)}`, 'error');
  }
}

const iss = params.get('iss');
if (iss !== null) {
  // The Worker refused any iss that is not configured before this page was sent.
  if (!params.get('launch')) say('The EHR launch gave no launch context; start the app from the chart again.', 'error');
  else void authorize(iss, 'ehr');
} else if (settings.servers.length === 1) void authorize(settings.servers[0]!, 'standalone');
else {
  say('Choose the record to sign in to:');
  const list = document.getElementById('servers')!;
  for (const server of settings.servers) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = new URL(server).host;
    button.addEventListener('click', () => void authorize(server, 'standalone'));
    item.append(button);
    list.append(item);
  }
  list.hidden = false;
}
