// Job logs render as GitLab draws them: numbered lines, timed sections that collapse, all escaped.
import { describe, expect, it } from 'vitest';
import { renderJobLog } from '../../../src/emulator/ui/render-job-log.js';

const start = (name: string, unix: number, options = '') =>
  `\u001b[0Ksection_start:${unix}:${name}${options}\r\u001b[0K`;
const end = (name: string, unix: number) => `\u001b[0Ksection_end:${unix}:${name}\r\u001b[0K`;

describe('renderJobLog', () => {
  it('numbers every line', () => {
    const html = renderJobLog('one\ntwo\n');
    expect(html).toContain('id="L1"');
    expect(html).toContain('<span class="log-number" aria-hidden="true">2</span>');
    expect(html).not.toContain('id="L3"');
  });

  it('makes a section a <details> headed by its header, with its duration', () => {
    const html = renderJobLog(
      `${start('step_script', 1000)}\u001b[36;1m$ make\u001b[0;m\ngcc main.c\n${end('step_script', 1065)}\nafter\n`,
    );
    expect(html).toMatch(/^<details class="log-section" data-section="step_script" open>/);
    expect(html).toContain('<span class="term-fg-cyan term-bold">$ make</span>');
    expect(html).toContain('<span class="log-duration">01:05</span>');
    expect(html).toContain('gcc main.c');
    expect(html.indexOf('after')).toBeGreaterThan(html.indexOf('</details>'));
  });

  it('starts a [collapsed=true] section closed', () => {
    const html = renderJobLog(
      `${start('deps', 1, '[collapsed=true]')}Fetching\nx\n${end('deps', 2)}\n`,
    );
    expect(html).toContain('<details class="log-section" data-section="deps">');
  });

  it('keeps an unfinished section open and without a duration (the job still runs)', () => {
    const html = renderJobLog(`${start('deps', 1, '[collapsed=true]')}Fetching\nx\n`);
    expect(html).toContain('data-section="deps" open');
    expect(html).not.toContain('log-duration');
  });

  it('nests sections', () => {
    const html = renderJobLog(
      `${start('outer', 1)}Outer\n${start('inner', 2)}Inner\nline\n${end('inner', 3)}\n${end('outer', 4)}\n`,
    );
    expect(html.indexOf('data-section="inner"')).toBeGreaterThan(
      html.indexOf('data-section="outer"'),
    );
    expect(html.match(/<\/details><\/details>$/)).not.toBeNull();
  });

  it('shows what a carriage return redraws, not what it overwrote', () => {
    expect(renderJobLog('10%\r50%\r100%\n')).toContain('<span class="log-text">100%</span>');
  });

  it('escapes markup in lines and headers', () => {
    const html = renderJobLog(
      `${start('s', 1)}<script>alert(1)</script>\n<img src=x onerror=alert(2)>\n`,
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
