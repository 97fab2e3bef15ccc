// The relay's OpenAPI description, generated from the core's valibot schemas and the route table.
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { AllowedAgentsSchema } from '../../src/gitlab/schemas/allowed-agents.js';
import { BridgeSchema } from '../../src/gitlab/schemas/bridge.js';
import { JobSchema } from '../../src/gitlab/schemas/job.js';
import { JOB_SCOPES } from '../../src/gitlab/schemas/job-scope.js';
import { PipelineBasicSchema } from '../../src/gitlab/schemas/pipeline-basic.js';
import { PipelineDetailSchema } from '../../src/gitlab/schemas/pipeline-detail.js';
import { PolicySchema } from '../policy/policy-schema.js';
import { RELAYED_ROUTES, type RouteDoc } from './relayed-routes.js';

const ErrorSchema = v.object({ message: v.string() });
// The body of POST /projects/:id/pipeline as the relay reads it (a form's fields work too).
const CreatePipelineBodySchema = v.strictObject({
  ref: v.string(),
  variables: v.optional(
    v.array(
      v.strictObject({
        key: v.string(),
        value: v.string(),
        variable_type: v.optional(v.literal('env_var')),
      }),
    ),
  ),
  inputs: v.optional(v.record(v.string(), v.unknown())),
});
const SCHEMAS = {
  Job: JobSchema,
  Bridge: BridgeSchema,
  Pipeline: PipelineDetailSchema,
  PipelineBasic: PipelineBasicSchema,
  CreatePipelineBody: CreatePipelineBodySchema,
  AllowedAgents: AllowedAgentsSchema,
  Policy: PolicySchema,
  Error: ErrorSchema,
};

let components: Record<string, unknown> | undefined;

/** The OpenAPI 3.1 document for a relay served at `serverUrl` (its public URL, or `/`). */
export function openApiDocument(serverUrl: string): Record<string, unknown> {
  components ??= Object.fromEntries(
    Object.entries(SCHEMAS).map(([name, schema]) => {
      const { $schema: _, ...json } = toJsonSchema(schema, { errorMode: 'ignore' }) as Record<
        string,
        unknown
      >;
      return [name, json];
    }),
  );
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of RELAYED_ROUTES) {
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method] = operationDoc(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'jobrelay edge relay',
      version: '1',
      description:
        'GitLab Jobs, Pipelines and Job Artifacts API calls authorised by a CI job token under a deny-by-default policy.',
    },
    servers: [{ url: serverUrl }],
    security: [{ jobToken: [] }, { bearer: [] }],
    paths: {
      ...paths,
      '/-/health': {
        get: {
          summary: 'Liveness and configuration state',
          security: [],
          responses: { 200: { description: 'ok' } },
        },
      },
      '/-/policy': {
        get: {
          summary: 'What this job token may do',
          responses: { 200: { description: 'The caller and its grants' } },
        },
      },
    },
    components: {
      schemas: components,
      securitySchemes: {
        jobToken: { type: 'apiKey', in: 'header', name: 'JOB-TOKEN' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
  };
}

function operationDoc(route: RouteDoc): Record<string, unknown> {
  const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema:
      name === 'id'
        ? { oneOf: [{ type: 'integer' }, { type: 'string' }] }
        : name === 'ref_name' || name === 'artifact_path'
          ? { type: 'string' }
          : { type: 'integer' },
    ...(name === 'ref_name'
      ? { description: 'One segment: a / of the ref encoded as %2F' }
      : name === 'artifact_path'
        ? { description: 'A path inside the archive; its / kept, no . or .. segment' }
        : {}),
  }));
  const queryParams = (route.query ?? []).map((name) => ({
    name,
    in: 'query',
    required: name === 'job' && route.path.includes('{ref_name}'),
    schema:
      name === 'scope[]' ? { type: 'array', items: { enum: JOB_SCOPES } } : { type: 'string' },
  }));
  const content =
    route.returns === 'text'
      ? { 'text/plain': { schema: { type: 'string' } } }
      : route.returns === 'binary'
        ? { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } }
        : {
            'application/json': {
              schema: route.returns.startsWith('[')
                ? {
                    type: 'array',
                    items: { $ref: `#/components/schemas/${route.returns.slice(1, -1)}` },
                  }
                : { $ref: `#/components/schemas/${route.returns}` },
            },
          };
  const error = {
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  };
  const body = route.body && {
    requestBody: {
      required: true,
      content: {
        'application/json': { schema: { $ref: `#/components/schemas/${route.body}` } },
      },
    },
  };
  return {
    operationId: route.operation,
    summary: route.summary,
    parameters: [...pathParams, ...queryParams],
    ...body,
    responses: {
      [route.status]: { description: "GitLab's answer, relayed", content },
      401: { description: 'No valid, running CI job token', ...error },
      403: { description: 'Denied by the relay policy', ...error },
      404: {
        description:
          'Not found, or a job the policy hides (answered as GitLab answers for a missing job)',
        ...error,
      },
      429: { description: 'Rate limited', ...error },
      502: { description: 'GitLab failed or could not be reached', ...error },
    },
  };
}
