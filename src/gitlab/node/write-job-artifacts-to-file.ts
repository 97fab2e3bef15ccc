// Node only: writes a job's artifacts archive (or one file of it) to a file in constant memory, with its SHA-256.
import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as v from 'valibot';
import {
  type OpenArtifactFileParams,
  OpenArtifactFileParamsSchema,
  type OpenJobArtifactsParams,
  OpenJobArtifactsParamsSchema,
} from '../artifacts/artifacts-params.js';
import { type ArtifactsSelector, artifactsRoute } from '../artifacts/artifacts-route.js';
import { contentDispositionFilename } from '../artifacts/content-disposition-filename.js';
import { openArtifactsDownload } from '../artifacts/open-artifacts-download.js';
import { type GitLabClient, usesGlobalFetch } from '../client.js';
import { parseParams } from '../params/parse-params.js';
import { downloadArtifacts } from './download-artifacts.js';
import type { NodeTransport } from './node-http-get.js';
import { writeWebStreamToFile } from './write-web-stream-to-file.js';

/**
 * Parameters of `writeJobArtifactsToFile`: the selector of `openJobArtifacts` (the archive) or of
 * `openArtifactFile` (one file, with `artifactPath`), and the file to write.
 */
export type WriteJobArtifactsToFileParams = (
  | OpenJobArtifactsParams
  | (Omit<OpenArtifactFileParams, 'path'> & { artifactPath: string })
) & {
  /** The file to write; nothing is ever left half-written there. */
  path: string;
} & NodeTransport;

/** What was written. */
export interface WrittenArtifacts {
  path: string;
  bytes: number;
  /** Hex SHA-256 of the file. */
  sha256: string;
  /** The name GitLab gave the download (`artifacts.zip`, or the file's own). */
  filename: string;
}

const PathSchema = v.pipe(
  v.string('must be the path of the file to write'),
  v.nonEmpty('must be the path of the file to write'),
);

/**
 * Downloads a job's artifacts archive — or, with `artifactPath`, one file of it — into `path`,
 * memory flat whatever the size. The bytes go to a temporary file beside `path`, renamed into
 * place only once complete (a failed download leaves `path` as it was). With the client's
 * default transport, or an `agent`/`dispatcher`, Node's own HTTP stack carries them (a broken
 * body resumes with `Range` when the server allows, else starts over); with a `fetch` of the
 * caller's, that fetch. Either way GitLab's redirect to object storage is followed without the token.
 */
export async function writeJobArtifactsToFile(
  client: GitLabClient,
  params: WriteJobArtifactsToFileParams,
): Promise<WrittenArtifacts> {
  const { path: target, agent, dispatcher, ...rest } = params;
  const path = parseParams(PathSchema, target, 'writeJobArtifactsToFile');
  const { artifactPath, ...selectorParams } = rest as typeof rest & { artifactPath?: string };
  const { signal, deadline, ...chosen } =
    artifactPath === undefined
      ? parseParams(OpenJobArtifactsParamsSchema, selectorParams, 'writeJobArtifactsToFile')
      : parseParams(
          OpenArtifactFileParamsSchema,
          { ...selectorParams, path: artifactPath },
          'writeJobArtifactsToFile',
        );
  const selector: ArtifactsSelector = chosen;
  const fallback = selector.path?.split('/').pop() ?? 'artifacts.zip';
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${randomBytes(6).toString('hex')}.part`,
  );
  try {
    const nodeStack = agent !== undefined || dispatcher !== undefined || usesGlobalFetch(client);
    let written: { bytes: number; sha256: string; filename: string };
    if (nodeStack) {
      const { path: apiPath, query } = artifactsRoute(selector);
      const url = new URL(apiPath, client.apiUrl);
      if (query) url.search = query.toString();
      const done = await downloadArtifacts(client, {
        url,
        path: temporary,
        signal,
        deadline,
        transport: { agent, dispatcher },
      });
      const filename = contentDispositionFilename(done.contentDisposition) ?? fallback;
      written = { bytes: done.bytes, sha256: done.sha256, filename };
    } else {
      written = await writeThroughFetch(client, selector, temporary, signal, deadline);
    }
    await rename(temporary, path);
    return { path, ...written };
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

// The caller's fetch: the portable opener's stream, piped into the file.
async function writeThroughFetch(
  client: GitLabClient,
  selector: ArtifactsSelector,
  path: string,
  signal: AbortSignal | undefined,
  deadline: number | undefined,
): Promise<{ bytes: number; sha256: string; filename: string }> {
  const opened = await openArtifactsDownload(client, selector, {
    operation: 'writeJobArtifactsToFile',
    signal,
    deadline,
  });
  const written = await writeWebStreamToFile(opened.body, path, { signal });
  return { ...written, filename: opened.filename };
}
