// GET /-/openapi.json: the relay's OpenAPI description, its server the configured public URL.
import type { Context } from 'hono';
import { openApiDocument } from '../openapi/openapi-document.js';
import type { RelayAppEnv } from '../relay-app-env.js';

/** The OpenAPI document; never the request's Host: the configured public URL, else relative to where it was fetched. */
export async function openApiRoute(c: Context<RelayAppEnv>): Promise<Response> {
  const { config } = c.get('setup');
  return c.json(openApiDocument((config.ok && config.publicUrl) || '/'));
}
