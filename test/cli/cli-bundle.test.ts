// The bundled CLI loads the emulator (Hono, yaml) only for `jobrelay emulator`.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dist = join(dirname(fileURLToPath(import.meta.url)), '../../dist');

/** dist/cli.js and every chunk it imports statically, followed transitively. */
function staticallyLoaded(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^(?:import|export)\s[^;]*?from\s+"(\.\/[^"]+)"/gms)) {
      visit(join(dirname(file), match[1] as string));
    }
  };
  visit(entry);
  return [...seen];
}

describe('dist/cli.js', () => {
  it('statically loads no emulator code', () => {
    const files = staticallyLoaded(join(dist, 'cli.js'));
    expect(files.length).toBeGreaterThan(1);
    const text = files.map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(text).not.toMatch(/class Hono\b|function parseScenarioText/);
    expect(text.length).toBeLessThan(250_000);
  });

  it('loads the emulator when asked', async () => {
    const { stdout } = await run(process.execPath, [join(dist, 'cli.js'), 'emulator', '--help']);
    expect(stdout).toContain('Usage: jobrelay emulator');
  });
});
