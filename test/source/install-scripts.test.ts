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
 * and its version added.
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
  it('allows scripts for exactly the locked packages that have them', () => {
    expect(withScripts.length).toBeGreaterThan(0);
    const allowed = Object.keys(manifest.allowScripts).filter((name) => manifest.allowScripts[name]);
    expect(allowed.sort()).toEqual([...new Set(withScripts.map((p) => p.name))].sort());
  });

  it('locks each of them at a version whose script was reviewed', () => {
    for (const { name, version } of withScripts) expect(REVIEWED[name], `${name}@${version}`).toContain(version);
  });
});
