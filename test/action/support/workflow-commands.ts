// Test support: reads a GitHub Actions log the way the runner does, listing the workflow commands it would run.

/** A workflow command the runner would act on. */
export interface WorkflowCommand {
  command: string;
  /** `name=x,title=y`, or '' without properties. */
  properties: string;
  data: string;
}

/**
 * The commands in `log`, honouring `::stop-commands::<token>` … `::<token>::` as the runner
 * does: while stopped, no line is a command except the one that resumes with the token.
 */
export function workflowCommands(log: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stoppedWith: string | undefined;
  for (const rawLine of log.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (stoppedWith !== undefined) {
      if (line === `::${stoppedWith}::`) stoppedWith = undefined;
      continue;
    }
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
    if (!match) continue;
    const [, command = '', properties = '', data = ''] = match;
    if (command === 'stop-commands') stoppedWith = data;
    else commands.push({ command, properties, data });
  }
  return commands;
}
