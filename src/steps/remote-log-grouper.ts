// Shows a remote log's sections as collapsible groups, flattened because CI groups cannot nest.
import type { TraceEvent } from '../gitlab/trace/trace-section-parser.js';
import type { StepReporter } from './step-reporter.js';

/** Feeds parsed log events to a reporter as groups and text. */
export interface RemoteLogGrouper {
  push(events: readonly TraceEvent[]): void;
  /** Closes a group left open (the log ended inside a section). */
  close(): void;
}

interface OpenSection {
  name: string;
  header: string;
  /** Whether a group was already shown for it (a later one is its continuation). */
  shown: boolean;
}

/**
 * Creates a grouper that puts each line in a group named after its innermost open section.
 * Groups cannot nest (GitHub's `::group::`), so entering an inner section closes the outer
 * group first, and text of the outer section after the inner one ends goes into a new group
 * titled "<outer header> (continued)". A group opens only when text arrives, so empty sections
 * leave no trace; text outside any section is shown ungrouped.
 */
export function createRemoteLogGrouper(reporter: StepReporter): RemoteLogGrouper {
  const stack: OpenSection[] = [];
  let open: OpenSection | undefined;
  const show = (text: string) => {
    const innermost = stack[stack.length - 1];
    if (innermost !== open) {
      if (open) reporter.endGroup();
      open = innermost;
      if (innermost) {
        reporter.startGroup(innermost.shown ? `${innermost.header} (continued)` : innermost.header);
        innermost.shown = true;
      }
    }
    reporter.remoteLog(text);
  };
  return {
    push(events) {
      for (const event of events) {
        if (event.type === 'text') show(event.text);
        else if (event.type === 'section-start') {
          stack.push({ name: event.name, header: event.header, shown: false });
        } else {
          // Like GitLab, an end closes its section and any left open inside it; an unknown end is ignored.
          const at = stack.map((section) => section.name).lastIndexOf(event.name);
          if (at >= 0) stack.length = at;
        }
      }
    },
    close() {
      if (open) reporter.endGroup();
      open = undefined;
    },
  };
}
