// GET /projects/:id/jobs/:job_id/trace — a job's log as it stands, as plain text.
// https://docs.gitlab.com/ee/api/jobs.html#get-a-log-file
import { forbidden } from '../http/api-error.js';
import { canUpdateJobs } from '../state/access.js';
import { jobTrace } from '../trace/job-trace.js';
import { isDebugMode } from '../trace/job-variables.js';
import type { ApiRoute } from './api-route.js';
import { findProjectJob, JOB_ID_PARAM, readJobId } from './find-project-job.js';
import { loadProject } from './load-project.js';

/**
 * The trace endpoint. GitLab serves `build.trace.raw || ''`: a job with no log yet, or an erased
 * one, gets an empty 200 (the document's "404 … no log file" is what an unknown job gets).
 * Range headers are ignored, as GitLab ignores them.
 */
export const getJobTraceRoute: ApiRoute = {
  method: 'GET',
  path: '/projects/:id/jobs/:job_id/trace',
  jobTokens: 'never',
  params: [JOB_ID_PARAM],
  handle(context) {
    const jobId = readJobId(context);
    const project = loadProject(context, 'read');
    const job = findProjectJob(context, project, jobId, 'builds');
    // authorize_read_build_trace!: a job in debug mode shows its log only to those who may
    // update jobs (BuildPolicy: `rule { debug_mode & ~project_update_build }.prevent :read_build_trace`).
    if (isDebugMode(context.state, job) && !canUpdateJobs(project, context.identity.user)) {
      throw forbidden();
    }
    const trace = jobTrace(context.state, job, context.now);
    return new Response(trace.body, {
      status: 200,
      headers: {
        // Grape's `content_type 'text/plain'` (lib/api/ci/jobs.rb), with no charset.
        'content-type': 'text/plain',
        'content-length': String(trace.length),
        'content-disposition': `infile; filename="${job.id}.log"`,
      },
    });
  },
};
