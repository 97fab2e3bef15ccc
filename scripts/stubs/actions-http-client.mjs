// Stands in for @actions/http-client in the action bundle. @actions/core imports it only for
// getIDToken (OIDC), which jobrelay never calls; the real module drags in undici (~785 kB).
const unavailable = () => {
  throw new Error('@actions/http-client is not bundled with jobrelay (core.getIDToken is unused)');
};

/** Throws: the OIDC client is not part of the bundle. */
export class HttpClient {
  constructor() {
    unavailable();
  }
}

/** Throws: the OIDC client is not part of the bundle. */
export class BearerCredentialHandler {
  constructor() {
    unavailable();
  }
}
