// Reads a scenario from JSON or YAML text, keeping line numbers for its error messages.
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { FieldPath } from './field-path.js';
import { ScenarioError } from './scenario-error.js';
import type { Scenario } from './scenario-schema.js';
import { validateScenario } from './validate-scenario.js';

/** Parses and validates scenario text (YAML, or JSON, which is YAML too); throws ScenarioError. */
export function parseScenarioText(text: string, source?: string): Scenario {
  const lineCounter = new LineCounter();
  // JSON is a subset of YAML 1.2, so one parser gives both formats the same line numbers.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new ScenarioError(
      document.errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        return {
          path: '',
          message: error.message.split('\n')[0] ?? error.code,
          line: position.line,
          column: position.col,
        };
      }),
      source,
    );
  }
  const locate = (path: FieldPath) => {
    const node = nearestNode(document.contents, path);
    if (!node?.range) return undefined;
    const position = lineCounter.linePos(node.range[0]);
    return { line: position.line, column: position.col };
  };
  return validateScenario(document.toJS(), locate, source);
}

// Walks the path as far as the document goes, so a missing field points at its parent object.
function nearestNode(root: unknown, path: FieldPath): Node | undefined {
  let node = root as Node | undefined;
  for (const key of path) {
    let child: unknown;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(key),
      );
      // `key:` with nothing after it has no value node; its key still has a line.
      child = pair?.value ?? pair?.key;
    } else if (isSeq(node) && typeof key === 'number') {
      child = node.items[key];
    }
    if (!child || typeof child !== 'object') return node;
    node = child as Node;
  }
  return node;
}
