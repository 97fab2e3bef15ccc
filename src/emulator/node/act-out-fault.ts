// Acts out connection faults on real sockets: reset before or after applying, truncated bodies.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { FAULT_SIGNAL_HEADER, faultSignalOf } from '../faults/fault-signal.js';
import { truncatedPart } from '../faults/truncated-part.js';

/** The Node request and response objects @hono/node-server passes as bindings. */
export interface NodeBindings {
  incoming: IncomingMessage;
  outgoing: ServerResponse;
}

/**
 * The response to send, or RESPONSE_ALREADY_SENT once a fault has been acted out on the socket:
 * `refuse` and `reset` drop the connection with a TCP reset before any answer (a connection
 * already accepted cannot be refused; test refusal against a closed port); `reset-after-send`
 * does the same after GitLab applied the request; `truncate` declares the full Content-Length,
 * sends half the body and closes the connection.
 */
export async function actOutFault(response: Response, bindings: NodeBindings): Promise<Response> {
  const signal = faultSignalOf(response);
  if (!signal) return response;
  const { incoming, outgoing } = bindings;
  if (signal === 'truncate') {
    const { sent, declaredLength } = await truncatedPart(response);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (name !== FAULT_SIGNAL_HEADER && name !== 'transfer-encoding') headers[name] = value;
    });
    headers['content-length'] = String(declaredLength);
    outgoing.writeHead(response.status, headers);
    outgoing.write(sent, () => outgoing.socket?.end());
    return RESPONSE_ALREADY_SENT;
  }
  await response.body?.cancel();
  incoming.socket.resetAndDestroy();
  return RESPONSE_ALREADY_SENT;
}
