// Names, titles, refs and log lines from a scenario are shown as text, never run as markup.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/emulator/create-emulator.js';
import { fixtureText } from '../support/world.js';
import { getPage } from './ui-support.js';

const UI = '/-/emulator/ui';

describe('the dashboard escapes what scenarios and logs say', () => {
  it('shows a <script> job name, stage, ref and commit title as text in every view', async () => {
    const emulator = createEmulator({ scenario: fixtureText('ui-hostile.yaml') });
    emulator.advance(20_000);
    const views = [
      UI,
      `${UI}/controls`,
      `${UI}/requests`,
      ...[...emulator.state.pipelines.keys()].map((id) => `${UI}/pipelines/${id}`),
      ...[...emulator.state.jobs.keys()].map((id) => `${UI}/jobs/${id}`),
    ];
    for (const path of views) {
      const { text } = await getPage(emulator, path);
      // The page's own script tag is the only one, and no attribute was broken out of.
      expect(text.match(/<script/g), path).toEqual(['<script']);
      expect(text, path).not.toMatch(/<(img|iframe|b|i)[\s>]/);
      expect(text, path).not.toContain('"><script');
    }
    const home = await getPage(emulator, UI);
    expect(home.text).toContain('&lt;script&gt;window.__xss=&#39;name&#39;&lt;/script&gt;');
    expect(home.text).toContain('release &amp; &quot;quote&quot;');
    emulator.dispose();
  });

  it('shows log lines, coloured ones and section headers included, as text', async () => {
    const emulator = createEmulator({ scenario: fixtureText('ui-hostile.yaml') });
    emulator.advance(20_000);
    const job = [...emulator.state.jobs.values()].find((each) => each.spec.name.includes('name'));
    const { text } = await getPage(emulator, `${UI}/jobs/${job?.id}`);
    expect(text).toContain('&lt;script&gt;window.__xss=&#39;log&#39;&lt;/script&gt;');
    expect(text).toContain(
      '<span class="term-fg-red term-bold">&lt;/span&gt;&lt;img src=x onerror=&quot;window.__xss=&#39;colour&#39;&quot;&gt;</span>',
    );
    expect(text).toContain('$ echo &#39;&lt;b&gt;header&lt;/b&gt;&#39;');
    expect(text).toContain('&lt;iframe src=javascript:alert(1)&gt;');
    emulator.dispose();
  });
});
