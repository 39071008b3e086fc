// Runs the core's vitest benches and prints each one's median: the figure the 1 us target is about.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

interface BenchJson {
  files: { groups: { fullName: string; benchmarks: { name: string; median: number; hz: number; sampleCount: number }[] }[] }[];
}

export function benchCore(): void {
  mkdirSync('dist/bench', { recursive: true });
  const out = 'dist/bench/core.json';
  execFileSync('npx', ['vitest', 'bench', '--run', '--project', 'core', '--outputJson', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  const json = JSON.parse(readFileSync(out, 'utf8')) as BenchJson;
  console.log('\nCore: parse + score of one patient (target: median <= 1 us)');
  for (const group of json.files.flatMap((f) => f.groups)) {
    for (const b of group.benchmarks) {
      const ns = b.median * 1e6;
      console.log(`  ${b.name.padEnd(36)} median ${ns.toFixed(0).padStart(5)} ns  ${Math.round(b.hz).toLocaleString('en')} ops/s  ${ns <= 1000 ? 'ok' : 'OVER TARGET'}`);
    }
  }
}
