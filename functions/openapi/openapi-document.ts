// The relay's OpenAPI description, generated from the core's valibot schemas and the route table.
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { AllowedAgentsSchema } from '../../src/gitlab/schemas/allowed-agents.js';
import { BridgeSchema } from '../../src/gitlab/schemas/bridge.js';
import { JobSchema } from '../../src/gitlab/schemas/job.js';
import { JOB_SCOPES } from '../../src/gitlab/schemas/job-scope.js';
import { PolicySchema } from '../policy/policy-schema.js';

const ErrorSchema = v.object({ message: v.string() });
const SCHEMAS = {
  Job: JobSchema,
  Bridge: BridgeSchema,
  AllowedAgents: AllowedAgentsSchema,
  Policy: PolicySchema,
  Error: ErrorSchema,
};

interface RouteDoc {
  method: 'get' | 'post';
  path: string;
  summary: string;
  operation: string;
  /** Component name, `[Name]` for an array, `text` for a log. */
  returns: string;
  status: number;
  query?: string[];
}

// The relayed routes: the GitLab Jobs API paths, and what each needs from the policy.
const ROUTES: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v4/job',
    summary: "The job token's own job",
    operation: 'getJobTokenJob',
    returns: 'Job',
    status: 200,
  },
  {
    method: 'get',
    path: '/api/v4/job/allowed_agents',
    summary: "The job token's allowed agents",
    operation: 'getAllowedAgents',
    returns: 'AllowedAgents',
    status: 200,
  },
  {
    method: 'get',
    path: '/api/v4/projects/{id}/jobs',
    summary: 'List project jobs (policy: read)',
    operation: 'listProjectJobs',
    returns: '[Job]',
    status: 200,
    query: ['scope[]', 'page', 'per_page', 'pagination', 'cursor'],
  },
  {
    method: 'get',
    path: '/api/v4/projects/{id}/pipelines/{pipeline_id}/jobs',
    summary: 'List pipeline jobs (policy: read)',
    operation: 'listPipelineJobs',
    returns: '[Job]',
    status: 200,
    query: ['scope[]', 'include_retried', 'page', 'per_page'],
  },
  {
    method: 'get',
    path: '/api/v4/projects/{id}/pipelines/{pipeline_id}/bridges',
    summary: 'List pipeline bridges (policy: read)',
    operation: 'listPipelineBridges',
    returns: '[Bridge]',
    status: 200,
    query: ['scope[]', 'page', 'per_page'],
  },
  {
    method: 'get',
    path: '/api/v4/projects/{id}/jobs/{job_id}',
    summary: 'Get a job (policy: read)',
    operation: 'getJob',
    returns: 'Job',
    status: 200,
  },
  {
    method: 'get',
    path: '/api/v4/projects/{id}/jobs/{job_id}/trace',
    summary: 'Get a job log, Range: bytes=N- supported (policy: trace)',
    operation: 'getJobTrace',
    returns: 'text',
    status: 200,
  },
  {
    method: 'post',
    path: '/api/v4/projects/{id}/jobs/{job_id}/cancel',
    summary: 'Cancel a job (policy: cancel)',
    operation: 'cancelJob',
    returns: 'Job',
    status: 201,
  },
  {
    method: 'post',
    path: '/api/v4/projects/{id}/jobs/{job_id}/retry',
    summary: 'Retry a job (policy: retry)',
    operation: 'retryJob',
    returns: 'Job',
    status: 201,
  },
  {
    method: 'post',
    path: '/api/v4/projects/{id}/jobs/{job_id}/erase',
    summary: 'Erase a job (policy: erase)',
    operation: 'eraseJob',
    returns: 'Job',
    status: 201,
  },
  {
    method: 'post',
    path: '/api/v4/projects/{id}/jobs/{job_id}/play',
    summary: 'Play a manual job (policy: play, variable keys listed)',
    operation: 'playJob',
    returns: 'Job',
    status: 200,
  },
];

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
  for (const route of ROUTES) {
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method] = operationDoc(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'jobrelay edge relay',
      version: '1',
      description:
        'GitLab Jobs API calls authorised by a CI job token under a deny-by-default policy.',
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
      name === 'id' ? { oneOf: [{ type: 'integer' }, { type: 'string' }] } : { type: 'integer' },
  }));
  const queryParams = (route.query ?? []).map((name) => ({
    name,
    in: 'query',
    required: false,
    schema:
      name === 'scope[]' ? { type: 'array', items: { enum: JOB_SCOPES } } : { type: 'string' },
  }));
  const content =
    route.returns === 'text'
      ? { 'text/plain': { schema: { type: 'string' } } }
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
  return {
    operationId: route.operation,
    summary: route.summary,
    parameters: [...pathParams, ...queryParams],
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
