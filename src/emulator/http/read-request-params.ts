// All parameters of a request, query and body merged as Grape sees them (the body wins).
import type { Context } from 'hono';
import { invalidParams } from './api-error.js';
import { type ParamValue, parseNestedParams } from './parse-nested-params.js';

/** Parameters of any shape: JSON bodies may carry numbers, booleans and nulls too. */
export type RequestParams = Record<string, unknown>;

/** Query parameters (Rack-nested) merged with a JSON, form-encoded or multipart body. */
export async function readRequestParams(c: Context): Promise<RequestParams> {
  const query = parseNestedParams(new URL(c.req.url).searchParams.entries());
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return query;
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const text = await c.req.text();
  if (text.trim() === '') return query;
  if (type === 'application/json' || type.endsWith('+json')) {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      // Grape's answer to a body that does not parse as the declared format.
      throw invalidParams('message body does not match declared format');
    }
    return isObject(body) ? { ...query, ...body } : query;
  }
  if (type === 'application/x-www-form-urlencoded') {
    return { ...query, ...parseNestedParams(new URLSearchParams(text).entries()) };
  }
  if (type === 'multipart/form-data') {
    const form = await new Request('http://form.invalid', {
      method: 'POST',
      headers: { 'content-type': c.req.header('content-type') ?? '' },
      body: text,
    }).formData();
    const entries: Array<[string, string]> = [];
    form.forEach((value, key) => {
      if (typeof value === 'string') entries.push([key, value]);
    });
    return { ...query, ...parseNestedParams(entries) };
  }
  return query;
}

function isObject(value: unknown): value is Record<string, ParamValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
