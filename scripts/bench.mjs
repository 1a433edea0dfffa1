// `npm run bench`: runs every tests/bench/*.bench.ts (each prints JSON lines {bench, metric, value, unit, note?})
// and prints one table, with the machine's Node and Chromium versions. Benchmarks report medians of several runs;
// they never assert timings (machines are shared and noisy).
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'tests', 'bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

function chromiumVersion() {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'not found';
  }
}

const rows = [];
let failed = 0;
for (const file of files) {
  const result = spawnSync('npx', ['vite-node', path.join('tests', 'bench', file)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    failed++;
    console.error(`${file} failed:\n${result.stderr}`);
    continue;
  }
  for (const line of result.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    rows.push(JSON.parse(line));
  }
}

const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
console.log(
  `\nHifazat benchmarks — Node ${process.version}, ${chromiumVersion()}, ${os.cpus().length} × ${cpu}\n`,
);
const header = ['bench', 'metric', 'value', 'unit', 'note'];
const table = [header, ...rows.map((r) => [r.bench, r.metric, formatValue(r.value), r.unit, r.note ?? ''])];
const widths = header.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
for (const [i, row] of table.entries()) {
  console.log(
    row
      .map((cell, j) => (j === 2 ? String(cell).padStart(widths[j]) : String(cell).padEnd(widths[j])))
      .join('  '),
  );
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
process.exit(failed > 0 ? 1 : 0);

function formatValue(v) {
  if (typeof v !== 'number') return String(v);
  if (Number.isInteger(v)) return v.toLocaleString('en');
  return v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toPrecision(3);
}
