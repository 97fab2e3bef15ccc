// Who is calling: the CI job behind a verified job token, with what GitLab and the id_token say of it.

/** The calling job, as proved by GitLab (`GET /job`) and, optionally, a verified id_token. */
export interface Caller {
  jobId: number;
  jobName: string;
  projectId: number;
  /** The project's full path: from the id_token, else derived from the job's `web_url`. */
  projectPath: string | undefined;
  pipelineId: number | undefined;
  ref: string;
  /** `push`, `web`, … when GitLab or the id_token says. */
  pipelineSource: string | undefined;
  /** Known only from a verified id_token. */
  protectedRef: boolean | undefined;
  /** Known only from a verified id_token. */
  environment: string | undefined;
  /** Whether a verified id_token contributed. */
  idToken: boolean;
}
