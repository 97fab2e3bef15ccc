// `npm start`: the emulator, the relay under wrangler dev, and an orchestration through the relay.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type EmulatorServer,
  startEmulatorServer,
} from '../../src/emulator/node/start-emulator-server.js';
import { createClient, listProjectJobs, listProjectPipelines } from '../../src/index.js';
import { DEMO_POLICY } from './demo-policy.js';
import { stopAllGroups } from './process-groups.js';
import { runCli } from './run-cli.js';
import { startRelayDev } from './start-relay-dev.js';

const { values } = parseArgs({
  options: {
    once: { type: 'boolean', default: false },
    speed: { type: 'string', default: '1' },
    'out-dir': { type: 'string', default: '.jobrelay-demo' },
  },
});
const speed = Number(values.speed);
const outDir = values['out-dir'];
const say = (text: string) => process.stdout.write(`\u001b[1m▸ ${text}\u001b[0m\n`);

// The handlers come before any child: an interrupt at any moment (the relay still starting
// included) stops every process group the demo started, and the emulator, before exiting.
let emulator: EmulatorServer | undefined;
let finished = false;
let stopping: Promise<never> | undefined;
const stop = (code: number): Promise<never> => {
  stopping ??= (async () => {
    await stopAllGroups();
    await emulator?.close();
    process.exit(code);
  })();
  return stopping;
};
// `on`, not `once`: a second Ctrl-C while stopping must not kill the demo before its children.
const onSignal = (signal: NodeJS.Signals) => {
  void stop(finished ? 0 : signal === 'SIGINT' ? 130 : 143);
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

await mkdir(outDir, { recursive: true });
say('Starting the GitLab Jobs API emulator with the demo scenario (demo/app, demo/deploy)…');
emulator = await startEmulatorServer({ clock: { mode: 'real', speed } });
const serviceToken = emulator.emulator.personalTokens().maintainer ?? '';
console.log(`  GitLab (emulated): ${emulator.url}/api/v4   control: ${emulator.url}/-/emulator`);
console.log(
  `  dashboard:         ${emulator.url}/-/emulator/ui   (open it to watch the pipelines live)`,
);

say('Starting the jobrelay relay under wrangler dev (workerd), pointed at the emulator…');
const relay = await startRelayDev({
  gitlabUrl: emulator.url,
  serviceToken,
  policy: DEMO_POLICY,
  logPath: join(outDir, 'wrangler.log'),
}).catch((error: unknown) => {
  // Interrupted while starting, the handler is already stopping everything; else say why.
  if (!stopping) console.error(error instanceof Error ? error.message : error);
  return stop(1);
});
console.log(`  relay: ${relay.url}   (policy: scripts/demo/demo-policy.ts, log: ${relay.logPath})`);

const caller = emulator.emulator.jobTokens().find((token) => token.jobName === 'release-train');
if (!caller) throw new Error('the demo scenario has no running release-train job');
say(
  `demo/deploy's job #${caller.jobId} "release-train" is running: it acts with its own CI job token.`,
);
const env = {
  JOBRELAY_GITLAB_URL: relay.url,
  JOBRELAY_TOKEN: caller.token,
  JOBRELAY_TOKEN_TYPE: 'job',
};

const client = createClient({ url: relay.url, token: caller.token, tokenType: 'job' });
let deployId: number | undefined;
for await (const job of listProjectJobs(client, {
  project: 'demo/app',
  scope: ['created', 'manual'],
})) {
  if (job.name === 'deploy') {
    deployId = job.id;
    console.log(
      `  found demo/app's manual "deploy": job #${job.id}, ${job.status} (it needs "test", still running)`,
    );
    break;
  }
}
if (deployId === undefined) throw new Error('demo/app has no deploy job waiting');

say(
  `jobrelay trigger-manual-job --project demo/app --job ${deployId} --var DEPLOY_TARGET=production --wait --follow-log`,
);
const played = await runCli(
  [
    'trigger-manual-job',
    '--project',
    'demo/app',
    '--job',
    String(deployId),
    '--var',
    'DEPLOY_TARGET=production',
    '--wait',
    '--follow-log',
    '--timeout',
    '10m',
    '--interval',
    '1s',
  ],
  env,
);
const logPath = join(outDir, `deploy-${deployId}.log`);
say(`jobrelay fetch-trace-artifact --project demo/app --job ${deployId} --output ${logPath}`);
const fetched = await runCli(
  ['fetch-trace-artifact', '--project', 'demo/app', '--job', String(deployId), '--output', logPath],
  env,
);

say(
  played === 0 && fetched === 0
    ? 'The deploy job was played once, followed to the end, and its log saved.'
    : 'The deploy orchestration failed (see above).',
);

// Act two: a pipeline across projects, followed into its child pipeline, its artifacts taken.
say(
  'jobrelay trigger-pipeline --project demo/app --ref main --var RELEASE_VERSION=1.5.0 --wait --follow-log=package',
);
const released = await runCli(
  [
    'trigger-pipeline',
    '--project',
    'demo/app',
    '--ref',
    'main',
    '--var',
    'RELEASE_VERSION=1.5.0',
    '--wait',
    '--follow-log=package',
    '--timeout',
    '10m',
    '--interval',
    '1s',
  ],
  env,
);
const artifactsPath = join(outDir, 'artifacts.zip');
const extractedPath = join(outDir, 'artifacts');
// The release pipeline by id: by ref, GitLab would look in the newest successful pipeline on
// main, which is its child pipeline, where the parent's build job is not found.
const [release] = await listProjectPipelines(client, {
  project: 'demo/app',
  ref: 'main',
  source: 'api',
  maxItems: 1,
}).toArray();
if (!release) throw new Error('the release pipeline is not listed');
say(
  `jobrelay fetch-artifacts --project demo/app --pipeline ${release.id} --name build --output ${artifactsPath} --extract ${extractedPath}`,
);
const taken = await runCli(
  [
    'fetch-artifacts',
    '--project',
    'demo/app',
    '--pipeline',
    String(release.id),
    '--name',
    'build',
    '--output',
    artifactsPath,
    '--extract',
    extractedPath,
  ],
  env,
);

const ok = played === 0 && fetched === 0 && released === 0 && taken === 0;
say(
  ok
    ? 'Done: the deploy job was played once and its log saved; a release pipeline ran in demo/app, was followed into its child pipeline, and its build artifacts were taken.'
    : 'The orchestration failed (see above).',
);
console.log(`
  Look around:
    the deploy log          ${logPath}
    the build artifacts     ${artifactsPath} (unzipped in ${extractedPath})
    the relay's policy      curl -H "JOB-TOKEN: <token>" ${relay.url}/-/policy
    job tokens to try with  curl ${emulator.url}/-/emulator/job-tokens
    the relay's API         ${relay.url}/-/openapi.json
    the dashboard           ${emulator.url}/-/emulator/ui
    the emulator's state    ${emulator.url}/-/emulator/state
    the CLI                 node dist/cli.js --help   (JOBRELAY_GITLAB_URL=${relay.url})
`);
finished = true;
if (values.once) {
  await stop(ok ? 0 : 1);
} else {
  say('Both servers stay up. Ctrl-C stops them.');
}
