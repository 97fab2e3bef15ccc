// The relay policy of the demo: demo/deploy's pipelines may read demo/app's jobs and start its deploy.

/**
 * demo/deploy jobs on main may read and follow demo/app jobs and pipelines, play `deploy` with
 * DEPLOY_TARGET, run new demo/app pipelines on main, and download its `build` artifacts.
 */
export const DEMO_POLICY = {
  version: 1,
  rules: [
    {
      description: 'demo/deploy watches demo/app',
      caller: { projects: ['demo/deploy'], refs: ['main'] },
      allow: ['read', 'trace'],
      targets: ['demo/app', 1],
    },
    {
      description: 'demo/deploy may start demo/app deployments',
      caller: { projects: ['demo/deploy'], refs: ['main'] },
      allow: ['play', 'cancel'],
      targets: ['demo/app', 1],
      jobs: ['deploy'],
      variables: ['DEPLOY_TARGET'],
    },
    {
      description: 'demo/deploy may run demo/app release pipelines on main',
      caller: { projects: ['demo/deploy'], refs: ['main'] },
      allow: ['pipeline'],
      targets: ['demo/app', 1],
      targetRefs: ['main'],
      variables: ['RELEASE_VERSION'],
    },
    {
      description: "demo/deploy may download demo/app's build artifacts",
      caller: { projects: ['demo/deploy'], refs: ['main'] },
      allow: ['artifacts'],
      targets: ['demo/app', 1],
      jobs: ['build'],
    },
  ],
} as const;
