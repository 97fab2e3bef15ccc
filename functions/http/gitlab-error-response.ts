// Error answers in GitLab's own shape, so GitLab clients read them as they read GitLab's.

const REASONS: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Request Entity Too Large',
  416: 'Range Not Satisfiable',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** `{"message": "<status> <reason> - <detail>"}` with the status, as GitLab words its errors. */
export function gitlabErrorResponse(
  status: number,
  detail?: string,
  headers: Record<string, string> = {},
): Response {
  const head = `${status} ${REASONS[status] ?? 'Error'}`;
  const message = detail ? `${head} - ${detail}` : head;
  return new Response(JSON.stringify({ message }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
