// Lists without keyset support answer a keyset request with 405, as GitLab does.
import { apiError } from '../http/api-error.js';
import type { RequestParams } from '../http/read-request-params.js';

/** Throws 405 when the request asks for keyset pagination, which only project jobs support. */
export function rejectKeyset(params: RequestParams): void {
  if (params.pagination === 'keyset') {
    throw apiError(405, {
      error: 'Keyset pagination is not yet available for this type of request',
    });
  }
}
