// Regenerates action.yml's inputs and outputs, templates/*.yml and the README's CI step tables from
// src/steps/step-inputs.ts and step-outputs.ts (tests check they agree; this keeps them so).
// Usage: node scripts/generate-step-files.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = await build({
  absWorkingDir: root,
  stdin: {
    contents: [
      "export * from './src/steps/step-inputs.ts';",
      "export * from './src/steps/step-outputs.ts';",
      "export { STEP_COMMANDS } from './src/steps/step-command.ts';",
      "export { JOBRELAY_VERSION } from './src/steps/jobrelay-version.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const {
  STEP_INPUTS,
  STEP_OUTPUTS,
  STEP_COMMANDS,
  JOBRELAY_VERSION,
  inputsFor,
  inputKind,
  inputDefault,
} = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);

const quote = (text) => JSON.stringify(text);
const envName = (name) => `JOBRELAY_${name.toUpperCase().replace(/-/g, '_')}`;
// Rewrites the Markdown table whose header has these cells (however it was padded).
const replaceTableBody = (text, headers, rows) => {
  const header = `^\\|${headers.map((cell) => ` *${cell} *\\|`).join('')}\\n\\|[-| ]+\\n`;
  const match = new RegExp(header, 'm').exec(text);
  if (!match) throw new Error(`cannot find the table ${headers.join(' | ')}`);
  const end = text.indexOf('\n\n', match.index);
  const head = `| ${headers.join(' | ')} |\n|${headers.map(() => ' --- |').join('')}\n`;
  return text.slice(0, match.index) + head + rows.join('\n') + text.slice(end);
};
const replaceBetween = (text, start, end, body) => {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  if (from < 0 || to < 0) throw new Error(`cannot find ${JSON.stringify(start)}`);
  return text.slice(0, from + start.length) + body + text.slice(to);
};

// action.yml: the inputs and outputs blocks.
const actionInputs = inputsFor('action')
  .map((input) =>
    [
      `  ${input.name}:`,
      `    description: ${quote(input.description)}`,
      `    required: ${input.name === 'command'}`,
      ...(input.default === '' ? [] : [`    default: ${quote(input.default)}`]),
    ].join('\n'),
  )
  .join('\n');
const actionOutputs = STEP_OUTPUTS.map(
  (output) => `  ${output.name}:\n    description: ${quote(output.description)}`,
).join('\n');
let action = readFileSync(resolve(root, 'action.yml'), 'utf8');
action = replaceBetween(action, 'inputs:\n', 'outputs:\n', `${actionInputs}\n`);
action = replaceBetween(action, 'outputs:\n', 'runs:\n', `${actionOutputs}\n`);
writeFileSync(resolve(root, 'action.yml'), action);

// templates/<command>.yml: one component per command.
const summaries = {
  'wait-for-job':
    'Waits for a GitLab CI job (in this or another project) to end; fails when it does not end in a success status.',
  'trigger-manual-job':
    'Plays a manual GitLab CI job once, with variables, optionally waiting for it to finish.',
  'fetch-trace-artifact':
    'Saves a GitLab CI job log to a file (kept as an artifact), optionally following it until the job ends.',
  'trigger-pipeline':
    'Creates a GitLab CI pipeline on a ref (or through a trigger token), with variables and inputs, optionally waiting for it.',
  'wait-for-pipeline':
    'Waits for a GitLab CI pipeline and the downstream pipelines it depends on; fails when it does not end in a success status.',
  'fetch-artifacts':
    "Saves a GitLab CI job's artifacts (the archive or one file) as an artifact of this job, optionally unzipped safely.",
};
for (const command of STEP_COMMANDS) {
  const inputs = inputsFor('component', command);
  const lines = [
    `# jobrelay ${command} as a GitLab CI/CD component. ${summaries[command]}`,
    '# Inputs share names and defaults with the GitHub Action and the CLI (src/steps/step-inputs.ts; a test checks).',
    'spec:',
    '  inputs:',
    '    job-name:',
    `      description: ${quote('Name of the job this component adds (the job it acts on is job or name).')}`,
    '      type: string',
    `      default: jobrelay-${command}`,
    '    stage:',
    `      description: ${quote('Stage of the job this component adds.')}`,
    '      type: string',
    '      default: test',
    '    image:',
    `      description: ${quote('Image with Node.js 20 or later; the job runs npx --yes jobrelay@<this version>.')}`,
    '      type: string',
    '      default: node:24-alpine',
  ];
  // Every input has an explicit type, so GitLab's pipeline editor checks values against it.
  for (const input of inputs) {
    const kind = inputKind(input, command);
    const fallback = inputDefault(input, command);
    lines.push(`    ${input.name}:`, `      description: ${quote(input.description)}`);
    if (kind === 'boolean') lines.push('      type: boolean', `      default: ${fallback}`);
    else if (kind === 'integer') lines.push('      type: number', `      default: ${fallback}`);
    else if (kind === 'list') lines.push('      type: array', '      default: []');
    else lines.push('      type: string', `      default: ${quote(fallback)}`);
    if (input.options) lines.push(`      options: [${input.options.join(', ')}]`);
  }
  lines.push(
    '---',
    '"$[[ inputs.job-name ]]":',
    '  stage: $[[ inputs.stage ]]',
    '  image: $[[ inputs.image ]]',
    '  # Inputs reach the CLI as JOBRELAY_<NAME> variables, never spliced into the shell command.',
    '  # Each is a literal block scalar: where GitLab pastes the text before reading the YAML',
    '  # (text interpolation), quotes, # and : in a value are kept as they are. A boolean, number or',
    '  # array input ends with a line break (|), so that GitLab writes it out as text (an array as',
    "  # JSON, or Ruby's inspect) in either interpolation mode: a variable holds only strings.",
    '  variables:',
    ...inputs.flatMap((input) => [
      `    ${envName(input.name)}: ${inputKind(input, command) === 'text' ? '|-' : '|'}`,
      `      $[[ inputs.${input.name} ]]`,
    ]),
    '  script:',
    `    - npx --yes jobrelay@${JOBRELAY_VERSION} ${command}`,
  );
  if (command === 'fetch-trace-artifact' || command === 'fetch-artifacts') {
    lines.push('  artifacts:', '    when: always', '    paths:', '      - "$[[ inputs.output ]]"');
  }
  writeFileSync(resolve(root, `templates/${command}.yml`), `${lines.join('\n')}\n`);
}

// README: the two tables of the CI step section.
const code = (text) => `\`${text}\``;
const inputRows = STEP_INPUTS.map((input) => {
  const faces = input.faces ?? ['action', 'cli', 'component'];
  const cli =
    input.name === 'command'
      ? 'the subcommand'
      : !faces.includes('cli')
        ? '—'
        : input.cliRepeatable
          ? `${code(`--${input.cliRepeatable} KEY=VALUE`)} (repeatable)`
          : [`--${input.name}`, ...(input.cliAlias ? [`--${input.cliAlias}`] : [])]
              .map(code)
              .join(', ');
  const component =
    input.name === 'command'
      ? 'the template'
      : faces.includes('component')
        ? code(input.name)
        : '—';
  const commands =
    input.commands.length === STEP_COMMANDS.length ? 'all' : input.commands.join(', ');
  const cells = [
    faces.includes('action') ? code(input.name) : '—',
    cli,
    component,
    input.default ? code(input.default) : '',
    commands,
    input.description,
  ];
  return `| ${cells.join(' | ')} |`;
});
const outputRows = STEP_OUTPUTS.map((output) => {
  const commands =
    output.commands.length === STEP_COMMANDS.length ? 'all' : output.commands.join(', ');
  return `| ${code(output.name)} | ${commands} | ${output.description} |`;
});
let readme = readFileSync(resolve(root, 'README.md'), 'utf8');
readme = replaceTableBody(
  readme,
  ['action input', 'CLI option', 'component input', 'default', 'commands', 'meaning'],
  inputRows,
);
readme = replaceTableBody(readme, ['output', 'commands', 'meaning'], outputRows);
writeFileSync(resolve(root, 'README.md'), readme);
