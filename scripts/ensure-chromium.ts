// First step of `npm test`: make sure the browser tests have a Chromium. On Debian or Ubuntu as
// root (CI, a fresh container) it installs Debian's package and says so in one line; anywhere else
// without a browser it stops with one sentence naming the command that fixes it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, NO_CHROMIUM } from './support/chromium.ts';

const canApt = existsSync('/etc/debian_version') && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

if (!findChromium()) {
  if (!canApt) {
    console.error(NO_CHROMIUM);
    process.exit(1);
  }
  console.log(
    "ensure-chromium: no Chromium on this machine; installing Debian's chromium (apt-get install chromium) for the browser tests.",
  );
  // apt's own chatter is shown only when it fails.
  const apt = (...args: string[]) => {
    try {
      execFileSync('apt-get', args, { stdio: 'pipe', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch (e) {
      console.error(String((e as { stderr?: Buffer }).stderr ?? e));
      console.error(`apt-get ${args.join(' ')} failed. ${NO_CHROMIUM}`);
      process.exit(1);
    }
  };
  apt('update', '-qq');
  apt('install', '-y', '-qq', 'chromium');
  if (!findChromium()) {
    console.error(`apt-get installed chromium but no binary was found. ${NO_CHROMIUM}`);
    process.exit(1);
  }
}
