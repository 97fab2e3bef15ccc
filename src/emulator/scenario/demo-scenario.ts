// The demo world: demo/app with a finished pipeline and one that runs while you watch; demo/deploy.
import { demoReleasePipeline } from './demo-release-pipeline.js';
import { runnerLog } from './runner-log.js';
import type { ScenarioInput } from './scenario-schema.js';

/**
 * The scenario `jobrelay emulator` serves when given none. Users: `maintainer` (maintainer of
 * both projects), `developer` (developer of both), `outsider` (no access). demo/deploy admits
 * demo/app's job tokens; demo/deploy's `release-train` job runs for an hour to orchestrate demo/app
 * (its job token drives `npm start`). Tokens are generated at start-up.
 */
export const demoScenario: ScenarioInput = {
  users: [
    { username: 'maintainer', name: 'Maria Maintainer' },
    { username: 'developer', name: 'Dev Eloper' },
    { username: 'outsider', name: 'Otto Outsider' },
  ],
  projects: [
    {
      id: 1,
      path: 'demo/app',
      description: 'A demo application with CI pipelines',
      members: { maintainer: 'maintainer', developer: 'developer' },
      agents: [{ id: 1, configuration: { default_namespace: 'demo' } }],
      // A new pipeline on main (POST /pipeline, the trigger API): build, a child pipeline, package.
      ci: [demoReleasePipeline],
    },
    {
      id: 2,
      path: 'demo/deploy',
      description: 'Deployment pipelines, triggered from demo/app',
      members: { maintainer: 'maintainer', developer: 'developer' },
      jobTokenAllowlist: ['demo/app'],
    },
  ],
  pipelines: [
    {
      project: 'demo/app',
      at: '-3h',
      ref: 'main',
      user: 'maintainer',
      commit: { title: 'Add health check endpoint' },
      stages: ['build', 'test', 'deploy'],
      jobs: [
        {
          name: 'build',
          stage: 'build',
          duration: '45s',
          tags: ['docker', 'linux'],
          artifacts: [
            { fileType: 'archive', filename: 'artifacts.zip', size: 4_821_304, fileFormat: 'zip' },
            { fileType: 'metadata', filename: 'metadata.gz', size: 312, fileFormat: 'gzip' },
          ],
          trace: runnerLog(
            'node:20-alpine',
            [
              { run: 'npm ci', at: 3, output: ['added 412 packages in 18s'] },
              {
                run: 'npm run build',
                at: 22,
                output: [
                  '> demo-app@1.4.0 build',
                  '> tsc -p tsconfig.build.json',
                  'Build finished in 19.4s',
                ],
              },
            ],
            'success',
            44,
          ),
        },
        {
          name: 'lint',
          stage: 'test',
          duration: '21s',
          result: 'failed',
          failureReason: 'script_failure',
          allowFailure: true,
          trace: runnerLog(
            'node:20-alpine',
            [
              {
                run: 'npm run lint',
                at: 4,
                output: [
                  'src/health.ts:12:7 lint/style/useConst',
                  '\u001b[31;1m  ✖ This let declares a variable that is only assigned once.\u001b[0;m',
                  'Checked 48 files in 212ms. Found 1 error.',
                ],
              },
            ],
            'failed',
            20,
          ),
        },
        {
          name: 'unit-tests',
          stage: 'test',
          duration: '52s',
          coverage: 87.5,
          artifacts: [
            { fileType: 'junit', filename: 'junit.xml.gz', size: 2_114, fileFormat: 'gzip' },
          ],
          trace: runnerLog(
            'node:20-alpine',
            [
              {
                run: 'npm test -- --coverage',
                at: 5,
                output: [
                  ' \u001b[32m✓\u001b[39m test/health.test.ts (4 tests) 38ms',
                  ' \u001b[32m✓\u001b[39m test/routes.test.ts (17 tests) 211ms',
                  ' Test Files  2 passed (2)',
                  '      Tests  21 passed (21)',
                  'All files |   87.5 |',
                ],
              },
            ],
            'success',
            51,
          ),
        },
        {
          name: 'trigger-deploy',
          stage: 'deploy',
          trigger: {
            project: 'demo/deploy',
            strategy: 'depend',
            jobs: [
              {
                name: 'deploy-staging',
                stage: 'deploy',
                duration: '30s',
                environment: { name: 'staging', tier: 'staging' },
                trace: runnerLog(
                  'alpine:3.20',
                  [
                    {
                      run: './deploy.sh staging',
                      at: 3,
                      output: ['Deploying demo-app 1.4.0 to staging', 'Done.'],
                    },
                  ],
                  'success',
                  29,
                ),
              },
            ],
          },
        },
      ],
    },
    {
      project: 'demo/app',
      at: '-2s',
      ref: 'main',
      user: 'maintainer',
      commit: { title: 'Speed up the build' },
      stages: ['build', 'test', 'deploy'],
      jobs: [
        {
          name: 'build',
          stage: 'build',
          queue: '2s',
          duration: '15s',
          tags: ['docker', 'linux'],
          artifacts: [
            { fileType: 'archive', filename: 'artifacts.zip', size: 4_790_112, fileFormat: 'zip' },
          ],
          trace: runnerLog(
            'node:20-alpine',
            [
              { run: 'npm ci', at: 3, output: ['added 412 packages in 6s'] },
              {
                run: 'npm run build',
                at: 9,
                output: [
                  '> demo-app@1.5.0 build',
                  '> tsc -p tsconfig.build.json',
                  'Build finished in 5.2s',
                ],
              },
            ],
            'success',
            15,
          ),
        },
        {
          name: 'test',
          stage: 'test',
          needs: ['build'],
          queue: '3s',
          duration: '20s',
          coverage: 88.1,
          trace: runnerLog(
            'node:20-alpine',
            [
              {
                run: 'npm test',
                at: 4,
                output: [
                  ' \u001b[32m✓\u001b[39m test/health.test.ts (4 tests) 35ms',
                  ' \u001b[32m✓\u001b[39m test/routes.test.ts (18 tests) 198ms',
                  '      Tests  22 passed (22)',
                ],
              },
            ],
            'success',
            20,
          ),
        },
        {
          name: 'deploy',
          stage: 'deploy',
          when: 'manual',
          needs: ['test'],
          duration: '12s',
          environment: { name: 'production', tier: 'production' },
          trace: runnerLog(
            'alpine:3.20',
            [
              {
                run: './deploy.sh "$DEPLOY_TARGET"',
                at: 3,
                // The target comes from the variable the job is played with (npm start: production).
                output: ['Deploying demo-app 1.5.0 to $DEPLOY_TARGET', 'Done.'],
              },
            ],
            'success',
            12,
          ),
        },
      ],
    },
    {
      // The orchestrator: demo/deploy's release train, running while it plays demo/app's deploy job
      // through the relay with its own CI job token (what `npm start` shows).
      project: 'demo/deploy',
      at: '-5s',
      ref: 'main',
      source: 'pipeline',
      user: 'maintainer',
      commit: { title: 'Release train 2024.06' },
      stages: ['release'],
      jobs: [
        {
          name: 'release-train',
          stage: 'release',
          duration: '60m',
          trace: [
            { text: 'Release train: waiting for demo/app to reach production', color: 'bold' },
            'Calling jobrelay with $CI_JOB_TOKEN ...',
          ],
        },
      ],
    },
  ],
};
