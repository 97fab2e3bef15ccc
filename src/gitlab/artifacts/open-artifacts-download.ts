// Sends an artifact download and hands its answer over as a stream with its length and file name.

import { bodyLength } from '../body-length.js';
import type { GitLabClient } from '../client.js';
import { sendRequest } from '../request.js';
import { artifactRedirectClient } from './artifact-redirect-client.js';
import { type ArtifactsSelector, artifactsRoute } from './artifacts-route.js';
import { contentDispositionFilename } from './content-disposition-filename.js';

/** An artifact download as the server answered it. */
export interface OpenedArtifacts {
  /** 200 (206 only when a `Range` was sent and honoured). */
  status: number;
  headers: Headers;
  /** The bytes `body` carries, from `Content-Length`; undefined when not said or the body is encoded. */
  length: number | undefined;
  /** From `Content-Disposition`, else `artifacts.zip` (the archive) or the file's own name. */
  filename: string;
  body: ReadableStream<Uint8Array>;
}

/** Options of one download besides the selector. */
export interface ArtifactsDownloadOptions {
  operation: string;
  signal?: AbortSignal | undefined;
  deadline?: number | undefined;
  headers?: Record<string, string>;
}

/** Opens the selected archive (or file of it), following GitLab's redirect to object storage without credentials. */
export async function openArtifactsDownload(
  client: GitLabClient,
  selector: ArtifactsSelector,
  options: ArtifactsDownloadOptions,
): Promise<OpenedArtifacts> {
  const { route, path, query } = artifactsRoute(selector);
  const { response } = await sendRequest(artifactRedirectClient(client), {
    operation: options.operation,
    route,
    method: 'GET',
    path,
    ...(query ? { query } : {}),
    headers: options.headers ?? {},
    expect: 'stream',
    signal: options.signal,
    deadline: options.deadline,
  });
  const fallback = selector.path?.split('/').pop() ?? 'artifacts.zip';
  return {
    status: response.status,
    headers: response.headers,
    length: bodyLength(response.headers),
    filename: contentDispositionFilename(response.headers.get('content-disposition')) ?? fallback,
    body: response.body ?? new ReadableStream({ start: (controller) => controller.close() }),
  };
}
