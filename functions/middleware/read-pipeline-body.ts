// Middleware: reads a new pipeline's ref, variables and inputs, so the policy can check them before anything is sent.
import type { MiddlewareHandler } from 'hono';
import { readPipelineRequest } from '../http/read-pipeline-request.js';
import type { RelayAppEnv } from '../relay-app-env.js';

/** For `POST …/pipeline`, sets `c.get('pipelineRequest')` or answers 400/415 (`{"error": …}`); other routes pass through. */
export function readPipelineBody(): MiddlewareHandler<RelayAppEnv> {
  return async function readPipelineBody(c, next) {
    if (c.get('route').kind === 'create-pipeline') {
      const read = await readPipelineRequest(c.req.raw);
      if ('error' in read) return c.json({ error: read.error }, read.status);
      c.set('pipelineRequest', read.request);
    }
    await next();
  };
}
