// Field paths in scenarios, as keys and as text (`pipelines[0].jobs[1].name`), as the core writes them.
import { formatPath } from '../../gitlab/issue-path.js';

/** A field path as a list of object keys and array indexes. */
export type FieldPath = ReadonlyArray<string | number>;

/** Renders a field path the way scenario errors show it: `pipelines[0].jobs[1].name`. */
export const formatFieldPath: (path: FieldPath) => string = formatPath;
