import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { allowScripts: Record<string, boolean> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string; hasInstallScript?: boolean }>;
};

/**
 * The install scripts someone read, by package and version. npm's `allowScripts` names packages
 * only: npm 11.19 `npm ci` counts a pinned key ("esbuild@0.28.2") as not covering the package, so
 * the pins live here. A lock that brings another version fails this test until its script is read
 * and its version added. A package set to `false` had its script read and refused: it does nothing we
 * need (core-js prints a banner; fhirpath installs a demo folder its package does not ship).
 */
const REVIEWED: Record<string, readonly string[]> = {
  esbuild: ['0.28.2'], // postinstall: node install.js (picks the platform binary package)
  node: ['24.21.0'], // preinstall: node installArchSpecificPackage (the Node binary for tests)
  'rs-module-lexer': ['2.9.0'], // postinstall: node postinstall.js (the platform binding)
  workerd: ['1.20261102.1', '1.20261117.1'], // postinstall: node install.js (the platform binary)
};

const withScripts = Object.entries(lock.packages)
  .filter(([, p]) => p.hasInstallScript)
  .map(([path, p]) => ({
    name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length),
    version: p.version!,
  }));

describe('install scripts run only for the versions that were reviewed', () => {
  it('names exactly the locked packages that have them, each allowed or refused', () => {
    expect(withScripts.length).toBeGreaterThan(0);
    expect(Object.keys(manifest.allowScripts).sort()).toEqual([...new Set(withScripts.map((p) => p.name))].sort());
  });

  it('locks each allowed one at a version whose script was reviewed', () => {
    for (const { name, version } of withScripts.filter((p) => manifest.allowScripts[p.name]))
      expect(REVIEWED[name], `${name}@${version}`).toContain(version);
  });
});
