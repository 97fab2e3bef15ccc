// What a new demo/app pipeline on main runs: build (with a real artifacts zip), a child pipeline of tests, package.
import { runnerLog } from './runner-log.js';
import type { ScenarioProject } from './scenario-schema.js';

type CiTemplate = NonNullable<ScenarioProject['ci']>[number];

const APP_JS = `// demo-app, built by the demo's release pipeline
export function health() {
  return { status: 'ok' };
}
`;

/**
 * demo/app's CI template for `main` (what `POST /pipeline` and the trigger API create there):
 * `build` uploads `dist/` as a real zip; `integration` starts a child pipeline (`strategy:
 * depend`) of `api-tests` and `ui-tests`; `package` reads the `RELEASE_VERSION` variable the
 * pipeline was created with. About a minute in all at speed 1.
 */
export const demoReleasePipeline: CiTemplate = {
  refs: ['main'],
  name: 'Release',
  stages: ['build', 'test', 'package'],
  jobs: [
    {
      name: 'build',
      stage: 'build',
      duration: '12s',
      artifacts: [
        {
          fileType: 'archive',
          filename: 'artifacts.zip',
          files: {
            'dist/app.js': APP_JS,
            'dist/health.json': '{ "status": "ok" }\n',
            'reports/build.txt': 'Build finished in 9.8s\n',
          },
        },
      ],
      trace: runnerLog(
        'node:20-alpine',
        [
          { run: 'npm ci', at: 3, output: ['added 412 packages in 4s'] },
          { run: 'npm run build', at: 7, output: ['Build finished in 9.8s', 'dist/app.js 1.2 kB'] },
        ],
        'success',
        11,
      ),
    },
    {
      name: 'integration',
      stage: 'test',
      trigger: {
        project: 'demo/app',
        strategy: 'depend',
        jobs: [
          {
            name: 'api-tests',
            stage: 'test',
            duration: '15s',
            trace: runnerLog(
              'node:20-alpine',
              [{ run: 'npm run test:api', at: 3, output: ['  ✓ 38 API tests passed'] }],
              'success',
              14,
            ),
          },
          {
            name: 'ui-tests',
            stage: 'test',
            duration: '18s',
            trace: runnerLog(
              'mcr.microsoft.com/playwright:v1.49.0',
              [{ run: 'npx playwright test', at: 4, output: ['  12 passed (14.2s)'] }],
              'success',
              17,
            ),
          },
        ],
      },
    },
    {
      name: 'package',
      stage: 'package',
      duration: '8s',
      trace: runnerLog(
        'alpine:3.20',
        [
          {
            run: 'tar czf demo-app-$RELEASE_VERSION.tgz dist',
            at: 2,
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion the emulator performs, as a runner's shell would.
            output: ['Packaged demo-app ${RELEASE_VERSION:-snapshot}'],
          },
        ],
        'success',
        7,
      ),
    },
  ],
};
