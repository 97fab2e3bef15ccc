// Test support for the dashboard: pages, form posts as a same-origin browser sends them, events.
import type { Emulator } from '../../../src/emulator/create-emulator.js';

/** The origin `app.request` gives a path-only request. */
export const UI_ORIGIN = 'http://localhost';

/** GETs a dashboard path; the status, headers and body text. */
export async function getPage(
  emulator: Emulator,
  path: string,
  headers: Record<string, string> = {},
) {
  const response = await emulator.app.request(path, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** POSTs a form as the page's script does (JSON answer) or as a plain form (redirect). */
export async function postForm(
  emulator: Emulator,
  path: string,
  fields: Record<string, string>,
  options: { json?: boolean; cookie?: string; origin?: string | null } = {},
) {
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
  };
  if (options.origin !== null) headers.origin = options.origin ?? UI_ORIGIN;
  if (options.json !== false) headers.accept = 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  const response = await emulator.app.request(path, {
    method: 'POST',
    headers,
    body: new URLSearchParams(fields).toString(),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: () => JSON.parse(text) as { ok: boolean; message: string; location?: string },
  };
}

/** Reads the event stream until `count` events arrived (or `timeoutMs` passed), then closes it. */
export async function readEvents(
  emulator: Emulator,
  path: string,
  count: number,
  between: (index: number) => void = () => {},
  timeoutMs = 5000,
): Promise<Array<{ event: string; data: string }>> {
  const response = await emulator.app.request(path);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: Array<{ event: string; data: string }> = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  while (events.length < count && Date.now() < deadline) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event) {
        events.push({ event, data: data ?? '' });
        between(events.length);
      }
      end = buffer.indexOf('\n\n');
    }
  }
  await reader.cancel();
  return events;
}
