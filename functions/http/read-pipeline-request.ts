// Reads a new pipeline's ref, variables and inputs from every place GitLab reads them: the query, and a JSON, form or multipart body.
import { hasControlCharacter } from '../../src/gitlab/has-control-character.js';
import { type PlayVariable, variablesFromFields } from './variables-from-fields.js';

/** A CI/CD input's value, as `POST /projects/:id/pipeline` takes it. */
export type PipelineInputValue = string | number | boolean | unknown[];

/** What a caller asks a new pipeline to be: its ref, and the variables and inputs sent (undefined: none). */
export interface PipelineRequest {
  ref: string;
  variables: PlayVariable[] | undefined;
  inputs: Record<string, PipelineInputValue> | undefined;
}

/** The request read, or the status and Grape-style error to refuse it with. */
export type ReadPipelineRequest =
  | { request: PipelineRequest }
  | { status: 400 | 415; error: string };

type Params = {
  ref?: string;
  variables?: PlayVariable[];
  inputs?: Record<string, PipelineInputValue>;
};
type Read = { params: Params } | { status: 400 | 415; error: string };

const PARAMS = ['ref', 'variables', 'inputs'] as const;
const INPUT_FIELD = /^inputs\[([^[\]]+)\]$/;

/**
 * Reads `ref`, `variables` (`[{key, value, variable_type?}]`; only `env_var`, the default, is
 * relayed) and `inputs` (`{name: value}`) as `create_pipeline_params` declares them
 * (lib/api/ci/helpers/pipelines_helpers.rb), from the query string and from the body as its
 * Content-Type says; a form sends `variables[][key]`/`[value]` and `inputs[NAME]`. A parameter
 * sent both in the query and the body, a key given twice, a field resembling one of these
 * parameters in another shape, or a variable type the relay would not keep is a 400: nothing
 * the caller sent is silently dropped or changed. Values never appear in an error.
 */
export async function readPipelineRequest(request: Request): Promise<ReadPipelineRequest> {
  const query = paramsFromFields(new URL(request.url).searchParams.entries(), 'query');
  if ('error' in query) return query;
  const body = await readBody(request);
  if ('error' in body) return body;
  const params: Params = {};
  for (const name of PARAMS) {
    if (query.params[name] !== undefined && body.params[name] !== undefined) {
      return { status: 400, error: `${name} is in both the query and the body: send it once` };
    }
    const value = body.params[name] ?? query.params[name];
    if (value !== undefined) Object.assign(params, { [name]: value });
  }
  const { ref, variables, inputs } = params;
  if (ref === undefined) return { status: 400, error: 'ref is missing' };
  if (ref === '' || ref.trim() !== ref || hasControlCharacter(ref)) {
    return { status: 400, error: 'ref is invalid: give a branch or tag name' };
  }
  const keys = new Set<string>();
  for (const { key } of variables ?? []) {
    if (keys.has(key)) return { status: 400, error: `variables has the key ${key} more than once` };
    keys.add(key);
  }
  return { request: { ref, variables, inputs } };
}

async function readBody(request: Request): Promise<Read> {
  const bytes = await request.arrayBuffer();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { status: 400, error: 'the body is not UTF-8 text' };
  }
  if (text.trim() === '') return { params: {} };
  const contentType = request.headers.get('content-type') ?? '';
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' || type.endsWith('+json')) return paramsFromJson(text);
  // Rack reads a POST body without a Content-Type as a form, as GitLab does.
  if (type === '' || type === 'application/x-www-form-urlencoded') {
    return paramsFromFields(new URLSearchParams(text).entries(), 'form body');
  }
  if (type === 'multipart/form-data') {
    let form: FormData;
    try {
      form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
    } catch {
      return { status: 400, error: 'the multipart body does not parse' };
    }
    return paramsFromFields(form.entries(), 'multipart body');
  }
  return {
    status: 415,
    error: `the content-type ${JSON.stringify(type)} is not supported: send JSON, a form or multipart`,
  };
}

// `ref=R&variables[][key]=K&variables[][value]=V&inputs[NAME]=X`, as Rack nests them.
function paramsFromFields(fields: Iterable<[string, string | Blob]>, source: string): Read {
  const all = [...fields];
  const params: Params = {};
  const inputs: Record<string, string> = {};
  let anyInput = false;
  for (const [name, value] of all) {
    const lower = name.toLowerCase();
    if (lower === 'ref') {
      if (name !== 'ref')
        return {
          status: 400,
          error: `${JSON.stringify(name)} (${source}) is not a parameter the relay reads: send ref`,
        };
      if (typeof value !== 'string')
        return { status: 400, error: `ref (${source}) must be text, not a file` };
      if (params.ref !== undefined) return { status: 400, error: `ref (${source}) is given twice` };
      params.ref = value;
    } else if (lower.includes('inputs')) {
      const input = INPUT_FIELD.exec(name)?.[1];
      if (input === undefined) {
        return {
          status: 400,
          error: `${JSON.stringify(name)} (${source}) is not a form the relay reads: send each input as inputs[NAME]`,
        };
      }
      if (typeof value !== 'string')
        return { status: 400, error: `${name} (${source}) must be text, not a file` };
      if (Object.hasOwn(inputs, input))
        return { status: 400, error: `${name} (${source}) is given twice` };
      inputs[input] = value;
      anyInput = true;
    }
  }
  const variables = variablesFromFields(all, source, 'variables');
  if ('error' in variables) return { status: 400, error: variables.error };
  if (variables.variables) params.variables = variables.variables;
  if (anyInput) params.inputs = inputs;
  return { params };
}

// `{"ref": "main", "variables": [{"key": "K", "value": "V"}], "inputs": {"name": value}}`.
function paramsFromJson(text: string): Read {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { status: 400, error: 'message body does not match declared format (invalid JSON)' };
  }
  if (!isRecord(data)) return { status: 400, error: 'the JSON body must be an object' };
  for (const name of Object.keys(data)) {
    const lower = name.toLowerCase();
    const resembles = lower === 'ref' || lower.includes('variables') || lower.includes('inputs');
    if (resembles && !(PARAMS as readonly string[]).includes(name)) {
      return { status: 400, error: `${JSON.stringify(name)} is not a parameter the relay reads` };
    }
  }
  const params: Params = {};
  const { ref, variables, inputs } = data;
  if (ref !== undefined && ref !== null) {
    if (typeof ref !== 'string')
      return { status: 400, error: 'ref is invalid: give a branch or tag name' };
    params.ref = ref;
  }
  if (variables !== undefined && variables !== null) {
    const read = variablesFromJson(variables);
    if ('error' in read) return { status: 400, error: read.error };
    params.variables = read.variables;
  }
  if (inputs !== undefined && inputs !== null) {
    if (!isRecord(inputs))
      return { status: 400, error: 'inputs must be an object of input names and values' };
    for (const [name, value] of Object.entries(inputs)) {
      const ok =
        typeof value === 'string' ||
        typeof value === 'number' ||
        typeof value === 'boolean' ||
        Array.isArray(value);
      if (name === '' || !ok) {
        return { status: 400, error: `inputs[${name}] must be a string, number, boolean or array` };
      }
    }
    params.inputs = inputs as Record<string, PipelineInputValue>;
  }
  return { params };
}

function variablesFromJson(list: unknown): { variables: PlayVariable[] } | { error: string } {
  if (!Array.isArray(list)) return { error: 'variables must be an array of {key, value}' };
  const variables: PlayVariable[] = [];
  for (const [index, item] of list.entries()) {
    const at = `variables[${index}]`;
    if (!isRecord(item)) return { error: `${at} must be an object {key, value}` };
    const extra = Object.keys(item).find(
      (n) => n !== 'key' && n !== 'value' && n !== 'variable_type',
    );
    if (extra !== undefined)
      return { error: `${at}[${extra}] is not supported: give key, value and variable_type` };
    // The core sends every variable as env_var: a file variable would silently change kind.
    if (item.variable_type !== undefined && item.variable_type !== 'env_var') {
      return { error: `${at}[variable_type] is not supported by the relay: only env_var` };
    }
    if (typeof item.key !== 'string') {
      return { error: `${at}[key] is ${item.key === undefined ? 'missing' : 'invalid'}` };
    }
    const value = item.value;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      return { error: `${at}[value] is ${value === undefined ? 'missing' : 'invalid'}` };
    }
    variables.push({ key: item.key, value: String(value) });
  }
  return { variables };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
