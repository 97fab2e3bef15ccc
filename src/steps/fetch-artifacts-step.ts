// fetch-artifacts: saves a job's artifacts archive (or one file of it) to a file, optionally unzipping it.
import { resolve } from 'node:path';
import { errorMessage } from '../gitlab/errors/error-message.js';
import { writeJobArtifactsToFile } from '../gitlab/node/write-job-artifacts-to-file.js';
import type { Job } from '../gitlab/schemas/job.js';
import type { StepInputs } from './parse-step-inputs.js';
import { resolveTargetJob } from './resolve-target-job.js';
import { type StepContext, wallDeadline } from './step-context.js';
import type { StepOutputName } from './step-outputs.js';
import type { StepResult } from './step-result.js';

const COMMAND = 'fetch-artifacts';

/**
 * Runs fetch-artifacts: finds the job (by id, or by name in a pipeline), or leaves it to GitLab
 * (`ref` and `name`: the job of that name in the ref's latest successful pipeline, through
 * `/jobs/artifacts/:ref/download?job=`), and writes the archive — or with artifact-path one file
 * of it — to `output` in constant memory (writeJobArtifactsToFile). With `extract`, unzips the
 * archive into that folder; an entry that could land outside it fails the step, named, before
 * anything is extracted. The job's status is not judged: a failed job's artifacts are fetched too.
 */
export async function runFetchArtifacts(
  context: StepContext,
  inputs: StepInputs,
): Promise<StepResult> {
  const { client, reporter, signal } = context;
  const deadline = wallDeadline(context, inputs.timeoutMs);
  const job =
    inputs.ref === undefined
      ? await resolveTargetJob(client, inputs, { signal, deadline })
      : undefined;
  const selector = job
    ? { project: inputs.project, jobId: job.id }
    : { project: inputs.project, ref: inputs.ref as string, job: inputs.name as string };
  const what = `${inputs.artifactPath ? `${JSON.stringify(inputs.artifactPath)} of ` : ''}the artifacts of ${describeJob(job, inputs)}`;
  const path = resolve(inputs.output);
  reporter.info(`Writing ${what} to ${path}`);
  const written = await writeJobArtifactsToFile(client, {
    ...selector,
    ...(inputs.artifactPath ? { artifactPath: inputs.artifactPath } : {}),
    path,
    signal,
    deadline,
  });
  reporter.info(`Wrote ${written.bytes} bytes to ${written.path} (sha256 ${written.sha256})`);
  const outputs: Partial<Record<StepOutputName, string>> = {
    status: job?.status ?? '',
    'job-id': job ? String(job.id) : '',
    'web-url': job?.web_url ?? '',
    'timed-out': 'false',
    path: written.path,
    bytes: String(written.bytes),
    sha256: written.sha256,
    'extracted-path': '',
    'extracted-files': '',
  };
  const details: Array<[string, string]> = [
    ['File', written.path],
    ['Bytes', String(written.bytes)],
    ['SHA-256', written.sha256],
  ];
  let outcome: StepResult['outcome'] = 'success';
  let message = `Saved ${what}: ${written.bytes} bytes`;
  if (inputs.extract) {
    // Loaded only when asked: the unzipper (yauzl) stays out of every other command's start-up.
    const { extractZipArchive } = await import('./extract-zip-archive.js');
    const extracted = await extractZipArchive(written.path, inputs.extract);
    if (extracted.kind === 'refused') {
      outcome = 'failed';
      message = `Refused to extract ${written.path}: entry ${JSON.stringify(extracted.entry)} ${extracted.reason}; ${extracted.written === 0 ? 'nothing was extracted' : `${extracted.written} files were extracted before it`}`;
    } else {
      outputs['extracted-path'] = extracted.folder;
      outputs['extracted-files'] = String(extracted.files);
      details.push(['Extracted to', extracted.folder], ['Files', String(extracted.files)]);
      message += `; extracted ${extracted.files} files to ${extracted.folder}`;
      reporter.info(`Extracted ${extracted.files} files to ${extracted.folder}`);
    }
  }
  for (const [name, value] of Object.entries(outputs)) {
    reporter.setOutput(name as StepOutputName, value ?? '');
  }
  if (outcome !== 'success') reporter.annotation('error', message, 'Artifacts not extracted');
  try {
    await reporter.summary({
      command: COMMAND,
      outcome,
      headline: message,
      job: job
        ? {
            id: job.id,
            name: job.name,
            status: job.status,
            webUrl: job.web_url,
            durationSeconds: job.duration,
            failureReason: job.failure_reason,
          }
        : undefined,
      logTail: [],
      details,
    });
  } catch (error) {
    reporter.warning(`Could not write the step summary: ${errorMessage(error)}`);
  }
  return { outcome, message, job, outputs };
}

function describeJob(job: Job | undefined, inputs: StepInputs): string {
  if (job) return `job ${job.id} ${JSON.stringify(job.name)}`;
  return `job ${JSON.stringify(inputs.name)} of the latest successful pipeline on ${JSON.stringify(inputs.ref)}`;
}
