// Recognises a TLS certificate failure anywhere in an error's causes, and says what to set.

// OpenSSL's and Node's codes for a certificate Node would not trust for this host.
const UNTRUSTED_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
]);
const DATE_CODES = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
const HOST_CODES = new Set(['ERR_TLS_CERT_ALTNAME_INVALID', 'HOSTNAME_MISMATCH']);

/**
 * What to do about the certificate failure behind `error` (`caFileOption` is how the face spells
 * ca-file), or undefined when it is not one.
 */
export function certificateProblem(error: unknown, caFileOption: string): string | undefined {
  const code = certificateCode(error, 0);
  if (code === undefined) return undefined;
  if (HOST_CODES.has(code)) {
    return `the server's certificate (${code}) does not name the host of the GitLab URL: use the address the certificate was issued for`;
  }
  if (DATE_CODES.has(code)) {
    return `the server's certificate is outside its validity dates (${code}): renew it, or check this machine's clock`;
  }
  return `the server's certificate is not trusted (${code}): if GitLab (or a proxy inspecting TLS) uses a private CA, give that CA's certificate as a PEM file with ${caFileOption}, or set NODE_EXTRA_CA_CERTS to it`;
}

function certificateCode(error: unknown, depth: number): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 6) return undefined;
  const record = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof record.code === 'string' && isCertificateCode(record.code)) return record.code;
  const fromCause = certificateCode(record.cause, depth + 1);
  if (fromCause) return fromCause;
  if (Array.isArray(record.errors)) {
    for (const inner of record.errors) {
      const code = certificateCode(inner, depth + 1);
      if (code) return code;
    }
  }
  return undefined;
}

function isCertificateCode(code: string): boolean {
  return UNTRUSTED_CODES.has(code) || DATE_CODES.has(code) || HOST_CODES.has(code);
}
