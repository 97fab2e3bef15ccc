// Log scripts shaped like GitLab Runner's output, for the demo scenario's jobs.
import type { TraceEntryInput } from './job-schema.js';

/** How the job ends. */
export type Outcome = 'success' | 'failed';

/** A GitLab Runner log script: the preamble, each command in its own section, then the verdict. */
export function runnerLog(
  image: string,
  commands: Array<{ run: string; output: string[]; at: number }>,
  outcome: Outcome,
  end: number,
): TraceEntryInput[] {
  const script = commands.map(
    ({ run, output, at }, index): TraceEntryInput => ({
      section: `step_${index + 1}`,
      header: `$ ${run}`,
      collapsed: output.length > 3,
      at: `${at}s`,
      lines: output,
    }),
  );
  return [
    { text: 'Running with gitlab-runner 17.11.0 (0f67ff19)', color: 'bold' },
    '  on jobrelay-emulator s_000000000001, system ID: s_000000000001',
    {
      section: 'prepare_executor',
      header: 'Preparing the "docker" executor',
      at: '0.2s',
      lines: [`Using Docker executor with image ${image} ...`, `Pulling docker image ${image} ...`],
    },
    {
      section: 'get_sources',
      header: 'Getting source from Git repository',
      collapsed: true,
      at: '1s',
      lines: [
        { text: 'Fetching changes with git depth set to 20...', color: 'green' },
        'Initialized empty Git repository in /builds/demo/app/.git/',
        'Checking out 5f3b2c1a as detached HEAD (ref is main)...',
      ],
    },
    {
      section: 'step_script',
      header: 'Executing "step_script" stage of the job script',
      at: '2s',
      endAt: `${end}s`,
      lines: script,
    },
    outcome === 'success'
      ? { text: 'Job succeeded', color: 'green', at: `${end}s` }
      : { text: 'ERROR: Job failed: exit code 1', color: 'red', at: `${end}s` },
  ];
}
