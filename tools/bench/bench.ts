/**
 * The optimisation benchmark (`npm run bench`, see README.md): a realistic fund round and the 30
 * OR-Library mknapcb1 instances, solved by `optimisePortfolio`. Not part of `npm test`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { greedyByValuePerWeight, loadHighs, optimisePortfolio, parseOrLibMknap, type PortfolioSolution } from '@dp/domain/prioritisation';
import { realisticRound } from './realistic-round.js';

interface Options {
  round: boolean;
  orlib: boolean;
  instances: number[] | null;
  timeLimit: number;
  file: string;
  seed: number;
  runs: number;
}

const USAGE = `npm run bench [-- options]
  --only round|orlib    run one part only
  --instances 0-4,7     OR-Library instances to run (0-based; default all 30)
  --time-limit 300      seconds per OR-Library instance (default 300)
  --file path           another mknapcb file (default libs/domain/prioritisation/testdata/mknapcb1.txt, a copy of OR-Library's file)
  --seed 2027           seed of the realistic round
  --runs 5              timed runs of the realistic round (the median is reported)`;

function parseArgs(args: string[]): Options {
  const options: Options = {
    round: true,
    orlib: true,
    instances: null,
    timeLimit: 300,
    file: fileURLToPath(new URL('../../libs/domain/prioritisation/testdata/mknapcb1.txt', import.meta.url)),
    seed: 2027,
    runs: 5,
  };
  for (let k = 0; k < args.length; k++) {
    const flag = args[k];
    const value = args[k + 1];
    const need = () => {
      if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      k++;
      return value;
    };
    if (flag === '--only') {
      const part = need();
      options.round = part === 'round';
      options.orlib = part === 'orlib';
    } else if (flag === '--instances') {
      options.instances = need()
        .split(',')
        .flatMap((range) => {
          const [from = Number.NaN, to = from] = range.split('-').map(Number);
          if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) throw new Error(`bad instance range "${range}"\n${USAGE}`);
          return Array.from({ length: to - from + 1 }, (_, i) => from + i);
        });
    } else if (flag === '--time-limit') options.timeLimit = Number(need());
    else if (flag === '--file') options.file = need();
    else if (flag === '--seed') options.seed = Number(need());
    else if (flag === '--runs') options.runs = Number(need());
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return options;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? Number.NaN) + (s[mid] ?? Number.NaN)) / 2;
};
const kr = (x: number) => `${Math.round(x).toLocaleString('sv-SE')} kr`;
const secs = (x: number) => `${x.toFixed(x < 10 ? 3 : 1)} s`;
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

async function benchRound(options: Options): Promise<boolean> {
  const { problem, description } = realisticRound(options.seed);
  console.log(`Realistic fund round: ${description}`);
  const times: number[] = [];
  const timed = async (): Promise<PortfolioSolution> => {
    const t0 = performance.now();
    const result = await optimisePortfolio(problem);
    times.push((performance.now() - t0) / 1000);
    return result;
  };
  let r = await timed();
  for (let run = 1; run < options.runs; run++) r = await timed();
  const greedy = greedyByValuePerWeight(problem);
  const budget = r.usage.find((u) => u.name === 'Total budget');
  console.log(`  status ${r.status}, gap ${r.gap}, objective (NPV) ${kr(r.objective)}, ${r.selected.length} of ${problem.items.length} selected, total budget used ${kr(budget?.used ?? 0)} of ${kr(budget?.capacity ?? 0)}`);
  console.log(`  binding: ${r.usage.filter((u) => u.binding).map((u) => u.name).join(', ') || 'none'}; HiGHS nodes ${r.stats.nodes}`);
  console.log(`  time: median ${secs(median(times))} of ${options.runs} runs (${times.map((t) => t.toFixed(3)).join(', ')} s)`);
  console.log(`  greedy value per weight: ${kr(greedy.objective)} (${((100 * greedy.objective) / r.objective).toFixed(1)} % of the optimum)`);
  const t0 = performance.now();
  const full = await optimisePortfolio(problem, { explain: 'full' });
  const explained = full.explanations.filter((e) => e.exact !== undefined);
  const exact = explained.filter((e) => e.exact).length;
  console.log(`  with explain 'full': ${secs((performance.now() - t0) / 1000)} (1 + ${full.stats.solverRuns - 1} solver runs: value needed or lost for ${explained.length} not forced initiatives, ${exact} of them exact)`);
  const met = r.status === 'optimal' && median(times) < 1;
  console.log(`  target (proven optimal in under 1 s): ${met ? 'met' : 'MISSED'}`);
  return r.status === 'optimal';
}

async function benchOrLib(options: Options): Promise<boolean> {
  const all = parseOrLibMknap(readFileSync(options.file, 'utf8'));
  const chosen = options.instances ?? all.map((_, k) => k);
  const first = all[0];
  console.log(`OR-Library ${options.file.split('/').pop()}: ${chosen.length} of ${all.length} instances (${first?.m} constraints × ${first?.n} items), time limit ${options.timeLimit} s each`);
  console.log(`  ${pad('instance', 10)}${lpad('optimum', 9)}${lpad('found', 9)}  ${pad('reached', 8)}${pad('status', 10)}${lpad('reached after', 14)}${lpad('total', 10)}${lpad('nodes', 9)}`);
  const totals: number[] = [];
  const reachTimes: number[] = [];
  let reached = 0;
  let proven = 0;
  for (const k of chosen) {
    const instance = all[k];
    if (!instance) throw new Error(`no instance ${k}`);
    const target = instance.bestKnown ?? Number.POSITIVE_INFINITY;
    const t0 = performance.now();
    let reachedAt: number | null = null;
    const r = await optimisePortfolio(
      { ...instance.problem, timeLimitSeconds: options.timeLimit },
      {
        onProgress: (p) => {
          if (reachedAt === null && p.objective !== null && p.objective >= target - 1e-6) reachedAt = (performance.now() - t0) / 1000;
        },
      },
    );
    const total = (performance.now() - t0) / 1000;
    const ok = r.objective >= target - 1e-6;
    reachedAt ??= ok ? total : null;
    if (ok) {
      reached++;
      reachTimes.push(reachedAt ?? total);
    }
    if (r.status === 'optimal') proven++;
    totals.push(total);
    console.log(
      `  ${pad(instance.name, 10)}${lpad(instance.bestKnown ?? '-', 9)}${lpad(Math.round(r.objective), 9)}  ${pad(ok ? 'yes' : 'NO', 8)}${pad(r.status, 10)}${lpad(reachedAt === null ? '-' : secs(reachedAt), 14)}${lpad(secs(total), 10)}${lpad(r.stats.nodes ?? '-', 9)}`,
    );
  }
  console.log(`  reached the published optimum: ${reached}/${chosen.length}; proven optimal: ${proven}/${chosen.length}`);
  console.log(`  median time: ${secs(median(totals))} to finish (proof), ${reachTimes.length ? secs(median(reachTimes)) : '-'} to reach the optimum; total ${secs(totals.reduce((a, b) => a + b, 0))}`);
  return reached === chosen.length;
}

/** Runs the benchmark; returns the process exit code (1 when an optimum was not reached or proven). */
export async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  const highs = await loadHighs();
  // warm-up: load and compile the WebAssembly before timing anything
  await optimisePortfolio({ items: [{ id: 'a', value: 1, weights: [1] }], capacities: [1] });
  console.log(`Optimisation benchmark: HiGHS ${highs.version.string} (WebAssembly), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
  let ok = true;
  if (options.round) ok = (await benchRound(options)) && ok;
  if (options.round && options.orlib) console.log('');
  if (options.orlib) ok = (await benchOrLib(options)) && ok;
  return ok ? 0 : 1;
}
