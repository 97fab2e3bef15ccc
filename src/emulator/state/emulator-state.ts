// The emulator's in-memory GitLab: users, projects, pipelines, jobs, tokens and id sequences.
import { ObjectStorage } from '../artifacts/object-storage.js';
import type {
  JobRecord,
  JobTransition,
  PipelineRecord,
  PipelineSpec,
  ProjectPipelineSetup,
  ProjectRecord,
  TriggerRecord,
  UserRecord,
} from './records.js';

/** Makes a random token with the given prefix (e.g. `glpat-`). */
export type TokenGenerator = (prefix: string) => string;

/** Server behaviours that differ between GitLab versions. */
export interface ServerSettings {
  /** Whether job tokens may list jobs (newer GitLab with the read-jobs permission). */
  jobTokenListAccess: boolean;
  /**
   * Whether deep offset pages of `GET /projects/:id/jobs` get 405 (GitLab's ops flag
   * `enforce_ci_builds_pagination_limit`, off by default).
   */
  enforceOffsetLimit: boolean;
  /** Instance-level CI/CD variables every job sees. */
  instanceVariables: Readonly<Record<string, string>>;
  /**
   * `GET /job/allowed_agents` answer: `current` (default) is what GitLab sends today (ids,
   * groups, roles); `full` adds the fuller job, pipeline, project and user objects older servers sent.
   */
  allowedAgentsFormat: 'current' | 'full';
  /**
   * How archives are downloaded: `proxy` (GitLab sends the bytes itself) or `redirect` (302 to a
   * signed link on object storage's own origin, as GitLab.com does with direct download).
   */
  artifactsDownload: 'proxy' | 'redirect';
}

/** Options for a fresh {@link EmulatorState}. */
export interface EmulatorStateOptions {
  jobIdStart: number;
  pipelineIdStart: number;
  generateToken: TokenGenerator;
  settings: ServerSettings;
}

/** Everything the emulated GitLab knows; mutated only through the engine and the job actions. */
export class EmulatorState {
  readonly users = new Map<number, UserRecord>();
  readonly projects = new Map<number, ProjectRecord>();
  readonly pipelines = new Map<number, PipelineRecord>();
  readonly jobs = new Map<number, JobRecord>();
  /** Signed links to archives, for `artifactsDownload: redirect`. */
  readonly objectStorage = new ObjectStorage();
  /** Jobs with an automatic transition ahead; the engine only looks at these. */
  readonly active = new Set<JobRecord>();
  /** Pipelines the scenario creates later, in time order. */
  readonly upcomingPipelines: Array<{ at: number; spec: PipelineSpec }> = [];
  readonly settings: ServerSettings;
  readonly generateToken: TokenGenerator;
  /** Per project id: what a new pipeline contains, and which branches and tags exist. */
  readonly pipelineSetups = new Map<number, ProjectPipelineSetup>();
  /** Pipeline trigger tokens by id. */
  readonly triggers = new Map<number, TriggerRecord>();
  readonly #triggerTokens = new Map<string, number>();
  readonly #jobTokens = new Map<string, number>();
  readonly #personalTokens = new Map<string, number>();
  readonly #oauthTokens = new Map<string, number>();
  readonly #iids = new Map<number, number>();
  #nextJobId: number;
  #nextPipelineId: number;

  constructor(options: EmulatorStateOptions) {
    this.#nextJobId = options.jobIdStart;
    this.#nextPipelineId = options.pipelineIdStart;
    this.generateToken = options.generateToken;
    this.settings = options.settings;
  }

  /** Adds a user and indexes its tokens. */
  addUser(user: UserRecord): void {
    this.users.set(user.id, user);
    this.#personalTokens.set(user.personalToken, user.id);
    if (user.oauthToken) this.#oauthTokens.set(user.oauthToken, user.id);
  }

  /** Adds a pipeline trigger token and indexes it. */
  addTrigger(trigger: TriggerRecord): void {
    this.triggers.set(trigger.id, trigger);
    this.#triggerTokens.set(trigger.token, trigger.id);
  }

  /** The pipeline trigger with this token (Ci::Trigger.find_by_token). */
  triggerByToken(token: string): TriggerRecord | undefined {
    const id = this.#triggerTokens.get(token);
    return id === undefined ? undefined : this.triggers.get(id);
  }

  /** The next id of GitLab's one job sequence, shared by builds and bridges. */
  allocateJobId(): number {
    return this.#nextJobId++;
  }

  /** The next pipeline id (instance-wide). */
  allocatePipelineId(): number {
    return this.#nextPipelineId++;
  }

  /** The next pipeline iid of a project (per-project numbering). */
  allocateIid(projectId: number): number {
    const iid = (this.#iids.get(projectId) ?? 0) + 1;
    this.#iids.set(projectId, iid);
    return iid;
  }

  /** The user with this personal access token. */
  userByPersonalToken(token: string): UserRecord | undefined {
    return this.#user(this.#personalTokens.get(token));
  }

  /** The user with this OAuth access token. */
  userByOAuthToken(token: string): UserRecord | undefined {
    return this.#user(this.#oauthTokens.get(token));
  }

  /** The running job a job token belongs to (tokens die when their job stops running). */
  jobByToken(token: string): JobRecord | undefined {
    const id = this.#jobTokens.get(token);
    return id === undefined ? undefined : this.jobs.get(id);
  }

  /** Gives a job a fresh job token; called when it starts running. */
  issueJobToken(job: JobRecord): void {
    const token = this.generateToken('glcbt-');
    job.token = token;
    this.#jobTokens.set(token, job.id);
  }

  /** Kills a job's token; called when it stops running. */
  revokeJobToken(job: JobRecord): void {
    if (job.token) this.#jobTokens.delete(job.token);
    job.token = null;
  }

  /** Every live job token with its job, in job id order. */
  liveJobTokens(): Array<{ token: string; job: JobRecord }> {
    const live: Array<{ token: string; job: JobRecord }> = [];
    for (const [token, id] of this.#jobTokens) {
      const job = this.jobs.get(id);
      if (job) live.push({ token, job });
    }
    return live.sort((a, b) => a.job.id - b.job.id);
  }

  /** A user by id; undefined for null. */
  user(id: number | null): UserRecord | undefined {
    return this.#user(id ?? undefined);
  }

  /** A project by numeric id or full path (case-insensitive, like GitLab's routes). */
  findProject(ref: string | number): ProjectRecord | undefined {
    if (typeof ref === 'number' || /^-?\d+$/.test(ref)) return this.projects.get(Number(ref));
    const wanted = ref.toLowerCase();
    for (const project of this.projects.values())
      if (project.fullPath.toLowerCase() === wanted) return project;
    return undefined;
  }

  /** The project of a record; throws if the state is inconsistent. */
  project(id: number): ProjectRecord {
    return required(this.projects.get(id), `project ${id}`);
  }

  /** The pipeline of a record; throws if the state is inconsistent. */
  pipeline(id: number): PipelineRecord {
    return required(this.pipelines.get(id), `pipeline ${id}`);
  }

  /** Every job and bridge of a pipeline, retried ones included, oldest first. */
  pipelineJobs(pipeline: PipelineRecord): JobRecord[] {
    return pipeline.jobIds.map((id) => required(this.jobs.get(id), `job ${id}`));
  }

  /** Schedules a job's next automatic transition. */
  schedule(job: JobRecord, to: JobTransition, at: number): void {
    job.next = { at, to };
    this.active.add(job);
  }

  /** Drops a job's next automatic transition. */
  unschedule(job: JobRecord): void {
    job.next = null;
    this.active.delete(job);
  }

  #user(id: number | undefined): UserRecord | undefined {
    return id === undefined ? undefined : this.users.get(id);
  }
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Emulator state is missing ${what}`);
  return value;
}
