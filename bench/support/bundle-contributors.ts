// Names what an esbuild bundle of one entry is made of, by package, for notes on a size target.
import { build } from 'esbuild';
import { REPO_ROOT } from './build-children.js';

/** Bytes in a one-file bundle of `entry` per package (or source folder), largest first. */
export async function bundleContributors(
  entry: string,
): Promise<Array<{ owner: string; bytes: number }>> {
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: 'contributors-not-written.js',
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const byOwner = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const owner =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ??
        input.split('/').slice(0, 2).join('/');
      byOwner.set(owner, (byOwner.get(owner) ?? 0) + bytesInOutput);
    }
  }
  return [...byOwner].sort((a, b) => b[1] - a[1]).map(([owner, bytes]) => ({ owner, bytes }));
}
