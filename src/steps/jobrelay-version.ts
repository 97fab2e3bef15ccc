// The package version, sent as User-Agent and pinned by the components (a test keeps it equal to package.json).

/** jobrelay's version, as in package.json. */
export const JOBRELAY_VERSION = '0.1.0';
