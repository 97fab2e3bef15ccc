// How the app tells its transport (in-process fetch, Node server) to break the connection.

/** Response header naming the connection failure a transport must act out; transports remove it. */
export const FAULT_SIGNAL_HEADER = 'x-jobrelay-emulator-fault';

/** The connection failures a transport acts out. */
export type FaultSignal = 'refuse' | 'reset' | 'reset-after-send' | 'truncate';

/** The failure a response asks its transport to act out, if any. */
export function faultSignalOf(response: Response): FaultSignal | undefined {
  const value = response.headers.get(FAULT_SIGNAL_HEADER);
  return value === 'refuse' ||
    value === 'reset' ||
    value === 'reset-after-send' ||
    value === 'truncate'
    ? value
    : undefined;
}

/** A response carrying only a fault signal (the connection fails before any answer). */
export function faultSignalResponse(signal: 'refuse' | 'reset'): Response {
  return new Response(null, { status: 599, headers: { [FAULT_SIGNAL_HEADER]: signal } });
}
