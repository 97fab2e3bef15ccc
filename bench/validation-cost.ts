// Benchmark 7, validation cost: valibot checking a 100-job page on top of JSON.parse, in µs per job.
import * as v from 'valibot';
import { createEmulator } from '../src/emulator/create-emulator.js';
import { JobSchema } from '../src/gitlab/schemas/job.js';
import { JobStatusSchema } from '../src/gitlab/schemas/job-status.js';
import { TimestampSchema } from '../src/gitlab/schemas/timestamp.js';
import { validateResponse } from '../src/gitlab/validate-response.js';
import { BENCH_TOKEN } from './scenarios/bench-world.js';
import { manyJobsWorld } from './scenarios/many-jobs-world.js';
import {
  type BenchOptions,
  type BenchSize,
  progressOf,
  repetitionsFor,
} from './support/bench-options.js';
import { type BenchRow, benchRow } from './support/bench-row.js';
import { checkOnlySchema } from './support/check-only-schema.js';
import { formatNumber } from './support/format-number.js';
import { summarize } from './support/summary.js';

const BENCHMARK = '7 validation cost';
const PAGE_SIZE = 100;
const PAGE_SCHEMA = v.array(JobSchema);
// What the target would take, measured alongside: the same checks without copying unknown keys…
const CHECK_ONLY_SCHEMA = checkOnlySchema(PAGE_SCHEMA);
// …and checking only the fields jobrelay's own code reads from a listed job.
const READ_FIELDS_SCHEMA = v.array(
  v.object({
    id: v.number(),
    name: v.string(),
    status: JobStatusSchema,
    ref: v.string(),
    started_at: v.nullable(TimestampSchema),
    finished_at: v.nullable(TimestampSchema),
    web_url: v.string(),
  }),
);

/**
 * Times `JSON.parse` of a 100-job page as the emulator serves it, alone (the baseline) and followed
 * by jobrelay's check of every job against `JobSchema` (what each listed page goes through).
 */
export async function benchValidationCost(
  size: BenchSize,
  options: BenchOptions = {},
): Promise<BenchRow[]> {
  const repetitions = repetitionsFor(size, options);
  const iterations = size === 'full' ? 400 : 20;
  const log = progressOf(options);
  const page = await fetchPage();
  log(
    `validation cost: a ${formatNumber(page.length / 1024)} kB page, ${repetitions} × ${iterations} parses`,
  );
  const variants = {
    parse: () => JSON.parse(page) as unknown,
    jobrelay: () =>
      validateResponse(PAGE_SCHEMA, JSON.parse(page), 'listProjectJobs', 'GET /projects/:id/jobs'),
    valibot: () => v.parse(PAGE_SCHEMA, JSON.parse(page)),
    checkOnly: () => checkedInput(CHECK_ONLY_SCHEMA, JSON.parse(page)),
    readFields: () => checkedInput(READ_FIELDS_SCHEMA, JSON.parse(page)),
  };
  for (const [name, run] of Object.entries(variants)) {
    const jobs = run();
    if (!Array.isArray(jobs) || jobs.length !== PAGE_SIZE) throw new Error(`${name}: not 100 jobs`);
    timePerJob(run, iterations); // warm-up: every variant runs optimised code
  }
  const times = {
    parse: [] as number[],
    jobrelay: [],
    valibot: [],
    checkOnly: [],
    readFields: [],
  } as Record<keyof typeof variants, number[]>;
  const names = Object.keys(variants) as (keyof typeof variants)[];
  for (let repetition = 0; repetition < repetitions; repetition++) {
    // Rotate the order, so no variant always runs right after another's garbage.
    for (let index = 0; index < names.length; index++) {
      const name = names[(index + repetition) % names.length] as keyof typeof variants;
      times[name].push(timePerJob(variants[name], iterations));
    }
  }
  const median = (values: number[]) => summarize(values).median;
  const addedPercent = (values: number[]) =>
    ((median(values) - median(times.parse)) / median(times.parse)) * 100;
  const added = addedPercent(times.jobrelay);
  const met = added <= 25;
  const perPage = (median(times.jobrelay) - median(times.parse)) * PAGE_SIZE;
  const others = `valibot's own parse (v.parse, every object copied; what jobrelay did before) adds ${formatNumber(addedPercent(times.valibot))}%; valibot with plain objects in place of loose ones (no copy of unknown keys) ${formatNumber(addedPercent(times.checkOnly))}%; checking only the 7 fields jobrelay's code reads ${formatNumber(addedPercent(times.readFields))}%`;
  return [
    benchRow({
      benchmark: BENCHMARK,
      metric: 'parse + validate a 100-job page, per job',
      unit: 'µs',
      jobrelay: times.jobrelay,
      baseline: { name: 'JSON.parse alone', samples: times.parse },
      target: '≤ 1.25× (validation adds ≤ 25%; issue 12: ≤ 50%)',
      met,
      notes: `validateResponse: JobSchema compiled once into a check of the same rules that copies nothing (src/gitlab/compile-check.ts; an answer it refuses goes through valibot for the issues). Validation adds ${formatNumber(added)}% to the parse (${formatNumber(perPage)} µs a page). Measured in the same run: ${others}`,
    }),
    benchRow({
      benchmark: BENCHMARK,
      metric: 'parse + validate a 100-job page, per job',
      unit: 'µs',
      jobrelay: times.jobrelay,
      baseline: { name: 'valibot v.parse (before)', samples: times.valibot },
      notes:
        'every field JobSchema names is still checked (types and presence), unknown fields kept',
    }),
  ];
}

// Checks `data` against `schema` and returns the input itself, unknown keys and all.
function checkedInput(schema: v.GenericSchema, data: unknown): unknown {
  if (!v.is(schema, data)) throw new Error('the page failed the check');
  return data;
}

// Microseconds per job of `work` (one page per call), over `iterations` calls.
function timePerJob(work: () => unknown, iterations: number): number {
  let sink = 0;
  const started = performance.now();
  for (let index = 0; index < iterations; index++) if (work()) sink++;
  const elapsed = performance.now() - started;
  if (sink !== iterations) throw new Error('a parse returned nothing');
  return (elapsed * 1000) / (iterations * PAGE_SIZE);
}

async function fetchPage(): Promise<string> {
  const emulator = createEmulator({ scenario: manyJobsWorld(PAGE_SIZE) });
  try {
    const response = await emulator.fetch(
      `http://gitlab.bench/api/v4/projects/2/jobs?per_page=${PAGE_SIZE}`,
      { headers: { 'PRIVATE-TOKEN': BENCH_TOKEN } },
    );
    if (!response.ok) throw new Error(`the emulator answered ${response.status}`);
    return await response.text();
  } finally {
    emulator.dispose();
  }
}
