import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);

// src/gitlab/credential-headers.ts
var CREDENTIAL_HEADERS = /* @__PURE__ */ new Set([
  "private-token",
  "job-token",
  "authorization",
  "proxy-authorization",
  "cookie"
]);
function isCredentialHeader(name) {
  return CREDENTIAL_HEADERS.has(name.toLowerCase());
}
function withoutCredentialHeaders(headers) {
  const kept = new Headers();
  for (const [name, value] of headers) if (!isCredentialHeader(name)) kept.set(name, value);
  return kept;
}

export {
  isCredentialHeader,
  withoutCredentialHeaders
};
