// Ci::CreatePipelineService for the API: checks, the project's CI template for the ref, the pipeline.
import { MAX_VARIABLE_KEY_LENGTH, VARIABLE_KEY_PATTERN } from '../../gitlab/params/variable-key.js';
import { canRunPipelineOnRef, canSetPipelineVariables, canUpdateJobs } from './access.js';
import { createPipeline } from './create-pipeline.js';
import type { EmulatorState } from './emulator-state.js';
import type {
  JobRecord,
  PipelineRecord,
  PipelineTemplate,
  PipelineVariable,
  ProjectRecord,
  UserRecord,
} from './records.js';

/** What to create: where, on which ref, as whom, from where, with which variables. */
export interface NewPipelineRequest {
  project: ProjectRecord;
  user: UserRecord | undefined;
  /** A branch or tag name, or a full `refs/heads/…` / `refs/tags/…` ref. */
  ref: string;
  /** `api`, `trigger` (trigger token) or `pipeline` (a CI job token). */
  source: 'api' | 'trigger' | 'pipeline';
  variables: PipelineVariable[];
  /** The job whose CI job token started the pipeline; its pipeline becomes the upstream one. */
  upstreamJob: JobRecord | null;
}

/** The new pipeline, or the errors GitLab puts on the unsaved one (`{"base":[…]}` and the like). */
export type NewPipelineOutcome =
  | { kind: 'created'; pipeline: PipelineRecord }
  | { kind: 'refused'; errors: Record<string, string[]> };

/**
 * Runs GitLab's pipeline creation chain in its order (app/services/ci/create_pipeline_service.rb
 * SEQUENCE): Validate::Abilities (may create, may write the ref), Validate::Repository (the ref
 * exists), Build::Associations (variables: `set_pipeline_variables`, no duplicate keys), then
 * the configuration: the first `projects[].ci` entry matching the ref, else "No stages / jobs"
 * (no `ci` at all: "Missing CI config file").
 */
export function runNewPipeline(
  state: EmulatorState,
  request: NewPipelineRequest,
  at: number,
): NewPipelineOutcome {
  const { project, user, variables } = request;
  const refused = (message: string): NewPipelineOutcome => ({
    kind: 'refused',
    errors: { base: [message] },
  });
  const setup = state.pipelineSetups.get(project.id);
  const { name: ref, tag } = resolveRef(request.ref, setup?.branches ?? [], setup?.tags ?? []);
  if (!canUpdateJobs(project, user))
    return refused('Insufficient permissions to create a new pipeline');
  const exists = tag ? (setup?.tags ?? []).includes(ref) : (setup?.branches ?? []).includes(ref);
  if (exists && !canRunPipelineOnRef(project, user, ref, tag)) {
    return refused(
      `You do not have sufficient permission to run a pipeline on '${ref}'. Please select a different branch or contact your administrator for assistance. <a href=https://docs.gitlab.com/ee/ci/pipelines/#pipeline-security-on-protected-branches>Learn more</a>`,
    );
  }
  if (!exists) return refused('Reference not found');
  if (variables.length > 0 && !canSetPipelineVariables(project, user))
    return refused('Insufficient permissions to set pipeline variables');
  const duplicates = duplicateKeys(variables);
  if (duplicates.length > 0)
    return refused(
      `Duplicate variable name${duplicates.length > 1 ? 's' : ''}: ${duplicates.join(', ')}`,
    );
  const keyProblems = keyErrors(variables);
  if (keyProblems.length > 0) return { kind: 'refused', errors: { 'variables.key': keyProblems } };
  // No `ci` at all is a project without a .gitlab-ci.yml (and without Auto DevOps).
  if (!setup || setup.templates.length === 0) return refused('Missing CI config file');
  const template = setup.templates.find((candidate) => matchesRef(candidate, ref));
  if (!template) return refused('No stages / jobs for this pipeline.');
  const pipeline = createPipeline(
    state,
    {
      projectId: project.id,
      ref,
      tag,
      // The ref's head commit: the one its newest pipeline ran for, if any did.
      sha: latestOnRef(state, project.id, ref, tag)?.sha ?? null,
      source: request.source,
      userId: user?.id ?? null,
      archived: false,
      stages: template.stages,
      commit: { title: null, message: null, authorName: null, authorEmail: null },
      jobs: template.jobs,
    },
    at,
    request.upstreamJob,
  );
  pipeline.variables = variables.map((variable) => ({ ...variable }));
  pipeline.name = template.name;
  return { kind: 'created', pipeline };
}

// Chain::Command#ref: `refs/heads/x` is branch x, `refs/tags/x` tag x; a bare name is a branch
// when such a branch exists, else a tag when such a tag exists.
function resolveRef(
  given: string,
  branches: string[],
  tags: string[],
): { name: string; tag: boolean } {
  if (given.startsWith('refs/heads/')) return { name: given.slice(11), tag: false };
  if (given.startsWith('refs/tags/')) return { name: given.slice(10), tag: true };
  return { name: given, tag: !branches.includes(given) && tags.includes(given) };
}

function matchesRef(template: PipelineTemplate, ref: string): boolean {
  return template.refs === null || template.refs.some((pattern) => globMatches(pattern, ref));
}

// `*` matches any run of characters, `/` included (as protected-ref wildcards do).
function globMatches(pattern: string, ref: string): boolean {
  if (!pattern.includes('*')) return pattern === ref;
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
  return new RegExp(`^${escaped}$`).test(ref);
}

function latestOnRef(
  state: EmulatorState,
  projectId: number,
  ref: string,
  tag: boolean,
): PipelineRecord | undefined {
  let latest: PipelineRecord | undefined;
  for (const pipeline of state.pipelines.values()) {
    if (pipeline.projectId !== projectId || pipeline.ref !== ref || pipeline.tag !== tag) continue;
    if (pipeline.source === 'parent_pipeline') continue;
    if (!latest || pipeline.id > latest.id) latest = pipeline;
  }
  return latest;
}

function duplicateKeys(variables: PipelineVariable[]): string[] {
  const counts = new Map<string, number>();
  for (const { key } of variables) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1).map(([key]) => key);
}

// Ci::HasVariable's key validation, as the pipeline's `variables.key` errors.
function keyErrors(variables: PipelineVariable[]): string[] {
  const messages = new Set<string>();
  for (const { key } of variables) {
    if (key === '') messages.add("can't be blank");
    else if (key.length > MAX_VARIABLE_KEY_LENGTH)
      messages.add(`is too long (maximum is ${MAX_VARIABLE_KEY_LENGTH} characters)`);
    else if (!VARIABLE_KEY_PATTERN.test(key))
      messages.add("can contain only letters, digits and '_'.");
  }
  return [...messages];
}
