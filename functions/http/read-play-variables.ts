// Reads a play's variables from every place GitLab reads parameters: the query, and a JSON, form or multipart body.
import {
  type PlayVariable,
  VARIABLES_PARAM,
  variablesFromFields,
} from './variables-from-fields.js';

/** The variables the caller sent (undefined: none), or the status and Grape-style error to refuse with. */
export type PlayVariables =
  | { variables: PlayVariable[] | undefined }
  | { status: 400 | 415; error: string };

/**
 * Reads `job_variables_attributes` from the query string and from the body as its Content-Type
 * says (JSON, `application/x-www-form-urlencoded` or no type, `multipart/form-data`). A body that
 * does not parse is a 400, another media type a 415, and variables sent both in the query and in
 * the body a 400: nothing the caller sent is silently dropped.
 */
export async function readPlayVariables(request: Request): Promise<PlayVariables> {
  const query = variablesFromFields(new URL(request.url).searchParams.entries(), 'query');
  if ('error' in query) return { status: 400, error: query.error };
  const body = await readBodyVariables(request);
  if ('error' in body) return body;
  if (query.variables && body.variables) {
    return {
      status: 400,
      error: `${VARIABLES_PARAM} is in both the query and the body: send it once`,
    };
  }
  const variables = body.variables ?? query.variables;
  const keys = new Set<string>();
  for (const { key } of variables ?? []) {
    if (keys.has(key))
      return { status: 400, error: `${VARIABLES_PARAM} has the key ${key} more than once` };
    keys.add(key);
  }
  return { variables };
}

async function readBodyVariables(request: Request): Promise<PlayVariables> {
  const bytes = await request.arrayBuffer();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { status: 400, error: 'the body is not UTF-8 text' };
  }
  if (text.trim() === '') return { variables: undefined };
  const contentType = request.headers.get('content-type') ?? '';
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' || type.endsWith('+json')) return variablesFromJson(text);
  // Rack reads a POST body without a Content-Type as a form, as GitLab does.
  if (type === '' || type === 'application/x-www-form-urlencoded') {
    return withStatus(variablesFromFields(new URLSearchParams(text).entries(), 'form body'));
  }
  if (type === 'multipart/form-data') {
    let form: FormData;
    try {
      form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
    } catch {
      return { status: 400, error: 'the multipart body does not parse' };
    }
    return withStatus(variablesFromFields(form.entries(), 'multipart body'));
  }
  return {
    status: 415,
    error: `the content-type ${JSON.stringify(type)} is not supported: send JSON, a form or multipart`,
  };
}

// `{"job_variables_attributes": [{"key": "K", "value": "V"}]}`; values Grape would coerce (numbers, booleans) become strings.
function variablesFromJson(text: string): PlayVariables {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { status: 400, error: 'message body does not match declared format (invalid JSON)' };
  }
  if (!isRecord(data)) return { status: 400, error: 'the JSON body must be an object' };
  for (const name of Object.keys(data)) {
    if (name !== VARIABLES_PARAM && name.toLowerCase().includes(VARIABLES_PARAM)) {
      return { status: 400, error: `${JSON.stringify(name)} is not a parameter the relay reads` };
    }
  }
  const list = data[VARIABLES_PARAM];
  if (list === undefined || list === null) return { variables: undefined };
  if (!Array.isArray(list)) {
    return { status: 400, error: `${VARIABLES_PARAM} must be an array of {key, value}` };
  }
  const variables: PlayVariable[] = [];
  for (const [index, item] of list.entries()) {
    const at = `${VARIABLES_PARAM}[${index}]`;
    if (!isRecord(item)) return { status: 400, error: `${at} must be an object {key, value}` };
    const extra = Object.keys(item).find((name) => name !== 'key' && name !== 'value');
    if (extra !== undefined) {
      return { status: 400, error: `${at}[${extra}] is not supported: give only key and value` };
    }
    if (typeof item.key !== 'string') {
      return {
        status: 400,
        error: `${at}[key] is ${item.key === undefined ? 'missing' : 'invalid'}`,
      };
    }
    const value = item.value;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      return {
        status: 400,
        error: `${at}[value] is ${value === undefined ? 'missing' : 'invalid'}`,
      };
    }
    variables.push({ key: item.key, value: String(value) });
  }
  return { variables };
}

function withStatus(read: ReturnType<typeof variablesFromFields>): PlayVariables {
  return 'error' in read ? { status: 400, error: read.error } : read;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
