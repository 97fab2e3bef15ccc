// Terminal colours in job logs become escaped HTML spans, carried from one line to the next.
import { describe, expect, it } from 'vitest';
import { ansiToHtml, PLAIN_ANSI } from '../../../src/emulator/ui/ansi-to-html.js';

const html = (text: string) => ansiToHtml(text, PLAIN_ANSI).html;

describe('ansiToHtml', () => {
  it('leaves plain text as escaped text', () => {
    expect(html('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });

  it("turns GitLab Runner's bold green into classes and stops at the reset", () => {
    expect(html('\u001b[32;1mJob succeeded\u001b[0;m done')).toBe(
      '<span class="term-fg-green term-bold">Job succeeded</span> done',
    );
  });

  it('knows bright colours, backgrounds, italics and underlines', () => {
    expect(html('\u001b[91;44;3;4mx')).toBe(
      '<span class="term-fg-l-red term-bg-blue term-italic term-underline">x</span>',
    );
  });

  it('draws 256-colour and true-colour codes as inline colours', () => {
    expect(html('\u001b[38;5;196ma\u001b[38;5;2mb\u001b[48;2;1;2;3mc')).toBe(
      '<span style="color:#ff0000">a</span><span class="term-fg-green">b</span><span class="term-fg-green" style="background-color:#010203">c</span>',
    );
  });

  it('carries the colour over to the next line, as a terminal does', () => {
    const first = ansiToHtml('\u001b[31mred', PLAIN_ANSI);
    expect(ansiToHtml('still red\u001b[39m plain', first.state).html).toBe(
      '<span class="term-fg-red">still red</span> plain',
    );
  });

  it('drops other escape sequences and control characters, and escapes coloured text', () => {
    expect(html('\u001b[0K\u0007<b>\u001b[33m<i>')).toBe(
      '&lt;b&gt;<span class="term-fg-yellow">&lt;i&gt;</span>',
    );
  });
});
