// Loads an entry that needs optional peer dependencies, saying which to install when one is missing.

/** The packages the emulator entries need; optional peers, so a library user never installs them. */
export const EMULATOR_PEERS: readonly string[] = [
  'hono',
  '@hono/node-server',
  'yaml',
  '@noble/hashes',
  'fflate',
];

/**
 * Runs `load` (a dynamic import); when it fails because one of `peers` is not installed, throws
 * an error naming the entry, the missing package and the `npm install` line that fixes it.
 */
export async function loadOptionalPeers<T>(
  entry: string,
  peers: readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const missing = missingPackage(error);
    if (missing === undefined || !peers.includes(missing)) throw error;
    throw new Error(
      `${entry} needs its optional peer dependencies (${peers.join(', ')}), and ${missing} is not installed: run npm install ${peers.join(' ')}`,
      { cause: error },
    );
  }
}

// Node: "Cannot find package 'hono' imported from …" (ERR_MODULE_NOT_FOUND).
function missingPackage(error: unknown): string | undefined {
  if ((error as { code?: unknown } | null)?.code !== 'ERR_MODULE_NOT_FOUND') return undefined;
  const message = error instanceof Error ? error.message : '';
  return /Cannot find package '((?:@[^/']+\/)?[^/']+)/.exec(message)?.[1];
}
