// `npm run bench`: every benchmark in turn, each printing its ratios against the
// baseline it measures in the same run. `npm run bench -- store pdf` runs a subset.
// Sizes come from each bench's QALAM_BENCH_* variables (see the bench files).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCHES = ['store', 'import', 'sync', 'pdf', 'editor', 'library', 'spelling', 'spelling-suggestions', 'spelling-context', 'tidy', 'restore'];
const chosen = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = chosen.filter((b) => !BENCHES.includes(b));
if (unknown.length) {
  console.error(`unknown bench: ${unknown.join(', ')} (have: ${BENCHES.join(', ')})`);
  process.exit(2);
}

let failed = 0;
for (const name of chosen.length ? chosen : BENCHES) {
  console.log(`\n=== bench: ${name} ===`);
  const file = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', file], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`bench ${name} exited with ${r.status ?? r.signal}`);
  }
}
process.exitCode = failed ? 1 : 0;
