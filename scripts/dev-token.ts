// `npm run dev-token`: try the EHR Worker's client authentication on your machine. The first run
// makes an ES384 key pair (.dev/cds-client-key.json, private, ignored by git) and writes .dev.vars
// from .dev.vars.example with CDS_TRUSTED_CLIENTS trusting its public key; restart `npm start` to
// read it. Every run prints a fresh signed token (5 minutes, a new jti: each is accepted once):
//
//   curl http://127.0.0.1:8788/cds-services -H "Authorization: Bearer $(npm run -s dev-token)"
//   npm run -s dev-token -- --aud 'http://127.0.0.1:8788/fhir/RiskAssessment/$lms'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { LOCAL_ORIGINS } from './support/public-origins.ts';

const KEY_FILE = '.dev/cds-client-key.json';
const ISSUER = 'http://127.0.0.1/dev-cds-client';
if (process.argv.includes('--help')) {
  console.log(
    'Usage: npm run -s dev-token [-- --aud URL]   (the URL the token is for; default: the local discovery URL)',
  );
  process.exit(0);
}
const at = process.argv.indexOf('--aud');
const audience = at > 0 ? (process.argv[at + 1] ?? '') : `${LOCAL_ORIGINS.ehr}/cds-services`;
if (!URL.canParse(audience) || !/^https?:$/.test(new URL(audience).protocol)) {
  console.error(
    `--aud must be the absolute URL the token is for, e.g. ${LOCAL_ORIGINS.ehr}/cds-services/lms; got "${audience}".`,
  );
  process.exit(1);
}

if (!existsSync(KEY_FILE)) {
  const { privateKey, publicKey } = await generateKeyPair('ES384', { extractable: true });
  mkdirSync('.dev', { recursive: true });
  writeFileSync(KEY_FILE, JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'dev-1', alg: 'ES384' }), {
    mode: 0o600,
  });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'dev-1', alg: 'ES384' };
  const trusted = JSON.stringify([{ iss: ISSUER, jwks: { keys: [jwk] } }]);
  if (existsSync('.dev.vars')) {
    console.error(
      `.dev.vars exists; add this line to it yourself, then restart npm start:\nCDS_TRUSTED_CLIENTS=${trusted}`,
    );
  } else {
    const example = readFileSync('.dev.vars.example', 'utf8');
    writeFileSync('.dev.vars', example.replace(/^# ?CDS_TRUSTED_CLIENTS=.*$/m, `CDS_TRUSTED_CLIENTS=${trusted}`));
    console.error('Wrote .dev.vars with a trust list for a new key (.dev/cds-client-key.json). Restart npm start.');
  }
}
const jwk = JSON.parse(readFileSync(KEY_FILE, 'utf8')) as JWK;
const token = await new SignJWT({ jti: crypto.randomUUID() })
  .setProtectedHeader({ alg: 'ES384', typ: 'JWT', kid: jwk.kid! })
  .setIssuer(ISSUER)
  .setAudience(audience)
  .setIssuedAt()
  .setExpirationTime('5m')
  .sign(await importJWK(jwk, 'ES384'));
console.log(token);
