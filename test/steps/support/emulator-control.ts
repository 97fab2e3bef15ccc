// Test support: the emulator's control API over HTTP (faults, request log), as an outside test would use it.

/** One entry of the emulator's request log. */
export interface LoggedRequest {
  /** Arrival on the emulator's clock (ISO 8601). */
  at: string;
  method: string;
  path: string;
  status: number | null;
  fault: string | null;
  applied: boolean;
}

/** Adds a fault (see the emulator's FaultSpec) through `POST /-/emulator/faults`. */
export async function addFault(baseUrl: string, fault: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${baseUrl}/-/emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  if (response.status !== 201) throw new Error(`fault refused: ${await response.text()}`);
}

/** The request log, filtered by method and path fragment, from `GET /-/emulator/requests`. */
export async function loggedRequests(
  baseUrl: string,
  filter: { method?: string; path?: string } = {},
): Promise<LoggedRequest[]> {
  const query = new URLSearchParams(filter as Record<string, string>);
  const response = await fetch(`${baseUrl}/-/emulator/requests?${query}`);
  return (await response.json()) as LoggedRequest[];
}
