// Pipelines shaped as GitLab's API documents them (doc/api/pipelines.md), for the pipeline tests.

/** A user as a pipeline embeds it (`UserBasic`). */
export const USER = {
  id: 1,
  username: 'root',
  name: 'Administrator',
  state: 'active',
  avatar_url: 'https://www.gravatar.com/avatar/e64c7d89f26bd1972efa854d13d7dd61?s=80&d=identicon',
  web_url: 'https://gitlab.example.com/root',
};

/** One item of `GET /projects/:id/pipelines`. */
export function listedPipeline(id: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    iid: id - 35,
    project_id: 1,
    status: 'pending',
    source: 'push',
    ref: 'new-pipeline',
    sha: 'a91957a858320c0e17f3a0eca7cfacbff50ea29a',
    name: 'Build pipeline',
    web_url: `https://gitlab.example.com/foo/bar/pipelines/${id}`,
    created_at: '2016-08-11T11:28:34.085Z',
    updated_at: '2016-08-11T11:32:35.169Z',
    ...extra,
  };
}

/** The answer of `GET /projects/:id/pipelines/:pipeline_id` (and `/latest`). */
export function singlePipeline(id: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    iid: 144,
    project_id: 21,
    name: 'Build pipeline',
    sha: '50f0acb76a40e34a4ff304f7347dcc6587da8a14',
    ref: 'main',
    status: 'success',
    source: 'push',
    created_at: '2022-09-21T01:05:07.200Z',
    updated_at: '2022-09-21T01:05:50.185Z',
    web_url: `https://gitlab.example.com/test-group/test-project/-/pipelines/${id}`,
    before_sha: '8a24fb3c5877a6d0b611ca41fc86edc174593e2b',
    tag: false,
    yaml_errors: null,
    user: USER,
    started_at: '2022-09-21T01:05:14.197Z',
    finished_at: '2022-09-21T01:05:50.175Z',
    committed_at: null,
    duration: 34,
    queued_duration: 6,
    coverage: null,
    detailed_status: {
      icon: 'status_success',
      text: 'passed',
      label: 'passed',
      group: 'success',
      tooltip: 'passed',
      has_details: false,
      details_path: '/test-group/test-project/-/pipelines/287',
      illustration: null,
      favicon: '/assets/ci_favicons/favicon_status_success.png',
    },
    ...extra,
  };
}

/** The answer of `POST /projects/:id/pipeline` (no `detailed_status` or `name` in the example). */
export function createdPipeline(id: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    iid: 21,
    project_id: 1,
    sha: '384c444e840a515b23f21915ee5766b87068a70d',
    ref: 'main',
    status: 'pending',
    source: 'api',
    before_sha: '0000000000000000000000000000000000000000',
    tag: false,
    yaml_errors: null,
    user: USER,
    created_at: '2016-11-04T09:36:13.747Z',
    updated_at: '2016-11-04T09:36:13.977Z',
    started_at: null,
    finished_at: null,
    committed_at: null,
    duration: null,
    queued_duration: 0.01,
    coverage: null,
    web_url: `https://gitlab.example.com/foo/bar/pipelines/${id}`,
    ...extra,
  };
}
