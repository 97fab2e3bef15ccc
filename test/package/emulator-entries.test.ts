// The package's emulator entries (which check for the optional peers first) export what the emulator's own index exports.
import { describe, expect, it } from 'vitest';
import * as emulatorEntry from '../../src/entries/emulator-entry.js';
import * as emulatorNodeEntry from '../../src/entries/emulator-node-entry.js';
import { loadOptionalPeers } from '../../src/entries/load-optional-peers.js';

describe('the emulator entries', () => {
  it('export every runtime export of src/emulator/index.ts', async () => {
    const index = await import('../../src/emulator/index.js');
    expect(Object.keys(emulatorEntry).sort()).toEqual(Object.keys(index).sort());
  });

  it('export every runtime export of src/emulator/node/index.ts', async () => {
    const index = await import('../../src/emulator/node/index.js');
    expect(Object.keys(emulatorNodeEntry).sort()).toEqual(Object.keys(index).sort());
  });
});

describe('loadOptionalPeers', () => {
  it('names the missing peer and the install line', async () => {
    const missing = Object.assign(
      new Error("Cannot find package '@hono/node-server' imported from /x/y.js"),
      { code: 'ERR_MODULE_NOT_FOUND' },
    );
    await expect(
      loadOptionalPeers('jobrelay/emulator/node', ['hono', '@hono/node-server'], () =>
        Promise.reject(missing),
      ),
    ).rejects.toThrow(
      'jobrelay/emulator/node needs its optional peer dependencies (hono, @hono/node-server), and @hono/node-server is not installed: run npm install hono @hono/node-server',
    );
  });

  it('lets any other failure through as it is', async () => {
    const other = Object.assign(new Error("Cannot find package 'left-pad'"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    await expect(loadOptionalPeers('x', ['hono'], () => Promise.reject(other))).rejects.toBe(other);
  });
});
