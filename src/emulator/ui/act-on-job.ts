// Plays, retries, cancels or erases a job through the emulator's own API, as a chosen user.
import type { EmulatorRuntime } from '../emulator-runtime.js';
import type { JobVariable } from '../state/records.js';

/** The job actions the dashboard offers, each a `POST /projects/:id/jobs/:job_id/<action>`. */
export type JobAction = 'play' | 'retry' | 'cancel' | 'erase';

/** What came of an action: GitLab's status and a sentence for the page, never a token. */
export interface JobActionResult {
  ok: boolean;
  status: number | null;
  message: string;
  /** The job to show next: the new job after a retry, else the one acted on. */
  jobId: number | null;
}

const PAST: Record<JobAction, string> = {
  play: 'played',
  retry: 'retried',
  cancel: 'canceled',
  erase: 'erased',
};

/**
 * Sends the action to `/api/v4` with the user's personal access token, which stays on the
 * server: the request log shows it as that user's, as it would any other client's.
 */
export async function actOnJob(
  runtime: EmulatorRuntime,
  apiFetch: typeof fetch,
  input: { jobId: number; action: JobAction; username: string; variables?: JobVariable[] },
): Promise<JobActionResult> {
  const { jobId, action, username } = input;
  const job = runtime.state.jobs.get(jobId);
  const user = [...runtime.state.users.values()].find((each) => each.username === username);
  if (!job) return { ok: false, status: null, message: `There is no job #${jobId}.`, jobId: null };
  if (!user) return { ok: false, status: null, message: `There is no user ${username}.`, jobId };
  const variables = input.variables ?? [];
  let response: Response;
  try {
    response = await apiFetch(
      `http://emulator.local/api/v4/projects/${job.projectId}/jobs/${jobId}/${action}`,
      {
        method: 'POST',
        headers: { 'PRIVATE-TOKEN': user.personalToken, 'content-type': 'application/json' },
        body:
          action === 'play' && variables.length > 0
            ? JSON.stringify({ job_variables_attributes: variables })
            : undefined,
      },
    );
  } catch (error) {
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    return {
      ok: false,
      status: null,
      message: `${username} could not reach GitLab to ${action} ${job.spec.name} (#${jobId}): ${typeof code === 'string' ? code : 'connection failed'} (a fault?).`,
      jobId,
    };
  }
  const body = (await response.json().catch(() => null)) as {
    id?: unknown;
    message?: unknown;
    error?: unknown;
  } | null;
  if (!response.ok) {
    const given = body?.message ?? body?.error ?? response.statusText;
    const reason = typeof given === 'string' ? given : JSON.stringify(given);
    // GitLab's messages often start with the status already ("404 Project Not Found").
    const answer = reason.startsWith(String(response.status))
      ? reason
      : `${response.status} ${reason}`;
    return {
      ok: false,
      status: response.status,
      message: `${username} could not ${action} ${job.spec.name} (#${jobId}): ${answer}.`,
      jobId,
    };
  }
  const shown = action === 'retry' && typeof body?.id === 'number' ? body.id : jobId;
  const outcome = shown === jobId ? '' : ` as #${shown}`;
  return {
    ok: true,
    status: response.status,
    message: `${username} ${PAST[action]} ${job.spec.name} (#${jobId})${outcome}: ${response.status}.`,
    jobId: shown,
  };
}
