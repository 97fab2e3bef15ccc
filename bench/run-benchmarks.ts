// `npm run bench`: runs the benchmark suite, prints one table, writes docs/performance.json and .md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { RelayHost } from './relay-overhead-rows.js';
import { runSuite } from './run-suite.js';
import type { BenchSize } from './support/bench-options.js';
import { REPO_ROOT } from './support/build-children.js';
import { renderReportSection } from './support/render-report-section.js';
import { renderTable } from './support/render-table.js';
import { updatePerformanceDoc } from './support/update-performance-doc.js';

const USAGE = `Usage: tsx bench/run-benchmarks.ts [--size full|smoke] [--repetitions N]
                                  [--only id,id] [--relay-host workerd|node] [--write | --no-write]

Runs issue 6's benchmarks on loopback against the emulator and prints one table. A full run
writes docs/performance.json and the generated section of docs/performance.md (--no-write:
print only); a smoke run writes nothing unless --write. Progress goes to stderr.
Benchmark ids: relay-overhead, log-download, log-following, waiting, listing, startup-and-size,
validation-cost, log-followers.
`;

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'full' },
    repetitions: { type: 'string' },
    only: { type: 'string' },
    'relay-host': { type: 'string' },
    write: { type: 'boolean' },
    'no-write': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const size = values.size as BenchSize;
if (size !== 'full' && size !== 'smoke')
  throw new Error(`--size must be full or smoke\n\n${USAGE}`);
const relayHost = values['relay-host'] as RelayHost | undefined;
if (relayHost !== undefined && relayHost !== 'workerd' && relayHost !== 'node') {
  throw new Error(`--relay-host must be workerd or node\n\n${USAGE}`);
}
const write = values['no-write'] ? false : (values.write ?? size === 'full');

const report = await runSuite(size, {
  ...(values.repetitions ? { repetitions: Number(values.repetitions) } : {}),
  ...(values.only ? { only: values.only.split(',').map((id) => id.trim()) } : {}),
  ...(relayHost ? { relayHost } : {}),
  log: (line) => process.stderr.write(`${line}\n`),
});
process.stdout.write(renderTable(report.rows));
if (write) {
  const docs = join(REPO_ROOT, 'docs');
  writeFileSync(join(docs, 'performance.json'), `${JSON.stringify(report, null, 2)}\n`);
  updatePerformanceDoc(join(docs, 'performance.md'), renderReportSection(report));
  process.stderr.write(
    'Wrote docs/performance.json and the results section of docs/performance.md.\n',
  );
}
