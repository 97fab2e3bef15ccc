// The trigger-manual-job component, interpolated as GitLab does (both of its modes) and read by two YAML parsers, plays exactly the variables given.
import { readFileSync } from 'node:fs';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { runCli } from '../../src/cli/run-cli.js';
import { parseVariables } from '../../src/steps/parse-variables.js';
import { CI_BOT_TOKEN, jobId, virtualWorld } from '../steps/support/ci-step-world.js';

type InputValue = string | number | boolean | string[];

const template = readFileSync(
  new URL('../../templates/trigger-manual-job.yml', import.meta.url),
  'utf8',
);
// GitLab's block syntax: `$[[ inputs.name ]]`.
const BLOCK = /\$\[\[\s*inputs\.([a-z-]+)\s*\]\]/g;

// Ruby's to_json as Rails runs it: JSON, with <, >, & and the two JavaScript line separators escaped.
function toJson(value: InputValue): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

// Ruby's String#inspect, which Array#to_s uses.
function rubyInspect(text: string): string {
  const escapes: Record<string, string> = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\t': '\\t',
    '\r': '\\r',
    '\f': '\\f',
    '\v': '\\v',
    '\b': '\\b',
    '\u0007': '\\a',
    '\u001b': '\\e',
  };
  const body = text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: Ruby escapes exactly these.
    .replace(/["\\\n\t\r\f\v\b\u0007\u001b]/g, (char) => escapes[char] ?? char)
    .replace(/#(?=[{$@])/g, '\\#')
    .replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: Ruby escapes exactly these.
      /[\u0000-\u001f\u007f-\u009f]/g,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
    );
  return `"${body}"`;
}

function rubyToS(value: InputValue): string {
  return Array.isArray(value) ? `[${value.map(rubyInspect).join(', ')}]` : String(value);
}

/** Text interpolation: GitLab pastes each value into the text (a string as is, else to_json), then reads YAML. */
function textInterpolation(inputs: Record<string, InputValue>): string {
  return template.replace(BLOCK, (_, name: string) => {
    const value = inputs[name] ?? '';
    return typeof value === 'string' ? value : toJson(value);
  });
}

/** Hash interpolation: GitLab reads the YAML first, then replaces blocks in each string (a whole-node block by the value itself, else by its to_s). */
function hashInterpolation(document: unknown, inputs: Record<string, InputValue>): unknown {
  if (Array.isArray(document)) return document.map((item) => hashInterpolation(item, inputs));
  if (document && typeof document === 'object') {
    return Object.fromEntries(
      Object.entries(document).map(([key, value]) => [
        hashInterpolation(key, inputs) as string,
        hashInterpolation(value, inputs),
      ]),
    );
  }
  if (typeof document !== 'string') return document;
  const whole = /^\$\[\[\s*inputs\.([a-z-]+)\s*\]\]$/.exec(document);
  if (whole) return inputs[whole[1] as string] ?? '';
  return document.replace(BLOCK, (_, name: string) => rubyToS(inputs[name] ?? ''));
}

const PARSERS = {
  yaml: (text: string) => parseAllDocuments(text).map((document) => document.toJS()),
  'js-yaml': (text: string) => loadAll(text),
};

type Job = { variables: Record<string, unknown> };

/** The job's variables after GitLab's interpolation in `mode`, read by `parser`. */
function renderedVariables(
  mode: 'text' | 'hash',
  parser: keyof typeof PARSERS,
  inputs: Record<string, InputValue>,
): Record<string, unknown> {
  const withJobName = { 'job-name': 'play-it', stage: 'deploy', image: 'node:24', ...inputs };
  if (mode === 'text') {
    const [, body] = PARSERS[parser](textInterpolation(withJobName)) as [
      unknown,
      Record<string, Job>,
    ];
    return body['play-it']?.variables ?? {};
  }
  const [, body] = PARSERS[parser](template) as [unknown, unknown];
  const job = (hashInterpolation(body, withJobName) as Record<string, Job>)['play-it'];
  return job?.variables ?? {};
}

// Values that a reader could misread: line breaks, quotes, YAML's # and :, escapes, Ruby's #{.
const VARIABLES = [
  'TARGET=production',
  'NOTES=first line\nsecond line\n  indented third',
  `QUOTED=it's "quoted", with a \\ and a \\n that is not a line break`,
  'YAML_LOOKALIKE=key: value # not a comment',
  'RUBY=#{not_interpolated} #$x #@y',
  'HTML=<b>&amp;</b>',
  'UNICODE=é ✓ 😀 \u2028 after a line separator',
  'TABS=a\tb',
  'EMPTY=',
  'EQUALS=a=b=c',
];
const EXPECTED = VARIABLES.map((entry) => {
  const at = entry.indexOf('=');
  return { key: entry.slice(0, at), value: entry.slice(at + 1) };
});
const NAME = `deploy "eu" #1: it's \\ here`;

describe.each(['text', 'hash'] as const)('trigger-manual-job under %s interpolation', (mode) => {
  describe.each(Object.keys(PARSERS) as Array<keyof typeof PARSERS>)('read by %s', (parser) => {
    const variables = renderedVariables(mode, parser, {
      variables: VARIABLES,
      'masked-variables': [],
      name: NAME,
      project: 'group/app',
      wait: true,
      'summary-lines': 5,
    });

    it('passes every input as a string variable', () => {
      for (const [name, value] of Object.entries(variables)) {
        expect([name, typeof value]).toEqual([name, 'string']);
      }
    });

    it('passes the variables so that the CLI reads each one exactly', () => {
      expect(parseVariables(variables.JOBRELAY_VARIABLES as string)).toEqual(EXPECTED);
      expect(parseVariables(variables.JOBRELAY_MASKED_VARIABLES as string)).toEqual([]);
    });

    it('passes a string with quotes, # and : exactly', () => {
      expect(variables.JOBRELAY_NAME).toBe(NAME);
      expect(variables.JOBRELAY_PROJECT).toBe('group/app');
      // Typed inputs end with a line break (so GitLab makes text of them); the CLI trims it.
      expect(variables.JOBRELAY_WAIT).toBe('true\n');
      expect(variables.JOBRELAY_SUMMARY_LINES).toBe('5\n');
    });
  });

  it('plays the job with exactly these variables through the CLI', async () => {
    const world = virtualWorld();
    const id = jobId(world, 'approve');
    const variables = renderedVariables(mode, 'yaml', {
      variables: VARIABLES,
      'masked-variables': ['PIN=1234'],
      job: String(id),
      project: 'acme/app',
      wait: false,
      'summary-lines': 3,
    });
    const env = Object.fromEntries(
      Object.entries(variables).map(([name, value]) => [name, String(value)]),
    );
    let stderr = '';
    const code = await runCli(['trigger-manual-job'], {
      env: { ...env, GITLAB_URL: 'http://gitlab.test', GITLAB_TOKEN: CI_BOT_TOKEN },
      stdout: { write: () => true },
      stderr: { write: (text: string) => (stderr += text) },
      fetch: world.fetch,
    });
    expect(code).toBe(0);
    expect(world.state.jobs.get(id)?.playVariables).toEqual([
      ...EXPECTED,
      { key: 'PIN', value: '1234' },
    ]);
    expect(stderr).not.toContain('1234');
    expect(stderr).not.toContain('second line');
  });
});
