// Gathers one benchmark run's figures into a JSON file, prints them as a table beside their
// budgets, and exits non-zero when a budget is missed. Called by scripts/bench.sh.
//
//   node scripts/bench-report.mjs --sizes <app sizes.txt> --floor-sizes <floor sizes.txt>
//        --criterion <target/criterion> --browser <browser.json> --out <dir>
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);

/** The table `scripts/sizes.sh` prints, as { kind: { raw, gzip, brotli } }. */
function sizes(path) {
  const rows = readFileSync(path, 'utf8').trim().split('\n').slice(1);
  return Object.fromEntries(rows.map((row) => {
    const [kind, raw, gzip, brotli] = row.trim().split(/\s+/);
    return [kind, { raw: Number(raw), gzip: Number(gzip), brotli: Number(brotli) }];
  }));
}

/** Criterion's median for `group/parameter`, in milliseconds, or null when it did not run. */
function median(group, parameter) {
  const path = join(args.criterion, group, String(parameter), 'new', 'estimates.json');
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')).median.point_estimate / 1e6;
}

const app = sizes(args.sizes);
const floor = sizes(args['floor-sizes']);
const groups = ['analyse', 'proposal', 'export_markdown', 'export_html', 'export_rich_text',
  'export_csv', 'export_json', 'share_encode', 'share_decode'];
const native = {};
for (const group of groups) {
  native[group] = Object.fromEntries([100, 1000, 10000].map((n) => [n, median(group, n)]));
}
native.all_exports = { 1000: median('all_exports', 1000) };
const browser = JSON.parse(readFileSync(args.browser, 'utf8'));

const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memory_gb: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}`, node: process.version },
  bundle: { app, floor, ratio_brotli: app.total.brotli / floor.total.brotli },
  native_ms: native,
  browser,
};

const budgets = [
  ['Bundle, total brotli', app.total.brotli / 1024, 200, 'KB'],
  ['All exports, 1,000 activities', native.all_exports[1000], 20, 'ms'],
  ...[10, 50, 200].map((n) => [`Share link vs lz-string, ${n} activities`, browser.share_link?.[n]?.ratio, 0.55, '×']),
  ['Start-up, 0 activities / floor', browser.startup?.ratio_0, 2, '×'],
  ['Start-up, 2,000 activities / floor', browser.startup?.ratio_2000, 2, '×'],
  ['Keystroke p95, search, 2,000', browser.keystroke?.[2000]?.search?.p95, 16, 'ms'],
  ['Keystroke p95, activity title, 2,000', browser.keystroke?.[2000]?.activity_title?.p95, 16, 'ms'],
  ['Keystroke p95, search, 5,000', browser.keystroke?.[5000]?.search?.p95, 50, 'ms'],
  ['Keystroke p95, activity title, 5,000', browser.keystroke?.[5000]?.activity_title?.p95, 50, 'ms'],
  ['Open Proposal, 2,000 activities', browser.proposal_open?.[2000]?.median, 100, 'ms'],
  ['JS heap, 5,000 activities', (browser.memory?.[5000]?.js_heap_used_bytes ?? NaN) / 2 ** 20, 64, 'MB'],
];
results.budgets = budgets.map(([name, value, limit, unit]) => ({
  name, value: value ?? null, limit, unit, met: typeof value === 'number' && value <= limit,
}));

mkdirSync(args.out, { recursive: true });
const stamp = results.date.replace(/[:.]/g, '-');
writeFileSync(join(args.out, `results-${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(args.out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);

const fmt = (v) => (typeof v === 'number' ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2)) : 'n/a');
console.log('\nBundle (bytes)          raw       gzip     brotli');
for (const kind of ['wasm', 'js', 'css', 'html', 'total']) {
  console.log(`  ${kind.padEnd(6)} ${String(app[kind].raw).padStart(12)} ${String(app[kind].gzip).padStart(10)} ${String(app[kind].brotli).padStart(10)}`);
}
console.log(`  floor  ${String(floor.total.raw).padStart(12)} ${String(floor.total.gzip).padStart(10)} ${String(floor.total.brotli).padStart(10)}   app/floor (brotli) ${fmt(results.bundle.ratio_brotli)}×`);
console.log('\nNative (median ms)      100      1,000     10,000');
for (const [group, byN] of Object.entries(native)) {
  console.log(`  ${group.padEnd(18)} ${fmt(byN[100]).padStart(8)} ${fmt(byN[1000]).padStart(10)} ${fmt(byN[10000]).padStart(10)}`);
}
console.log('\nBudgets');
for (const b of results.budgets) {
  console.log(`  ${b.met ? 'met   ' : 'MISSED'} ${b.name.padEnd(40)} ${fmt(b.value).padStart(8)} ${b.unit.padEnd(2)} (budget ≤ ${b.limit} ${b.unit})`);
}
const missed = results.budgets.filter((b) => !b.met).length;
console.log(`\nbench: ${results.budgets.length - missed} budgets met, ${missed} missed; figures in ${join(args.out, 'latest.json')}`);
process.exit(missed === 0 ? 0 : 1);
