// A Worker that only forwards each request to GitLab: the floor any relay pays under the same runtime.

/** The bindings the pass-through Worker reads. */
export interface PassThroughEnv {
  GITLAB_URL: string;
  GITLAB_TOKEN: string;
}

/** Forwards the request's path and query to GITLAB_URL with the service token, body streamed back. */
export async function passThrough(request: Request, env: PassThroughEnv): Promise<Response> {
  const url = new URL(request.url);
  const upstream = await fetch(`${env.GITLAB_URL}${url.pathname}${url.search}`, {
    headers: { 'PRIVATE-TOKEN': env.GITLAB_TOKEN },
  });
  return new Response(upstream.body, { status: upstream.status, headers: upstream.headers });
}

/** The Worker's entry: every request is passed through. */
export default { fetch: passThrough };
