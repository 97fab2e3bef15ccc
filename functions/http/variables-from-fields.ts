// Reads play variables from Rack-style fields (query, form or multipart), as GitLab's Grape nests them.

/** One play variable. */
export interface PlayVariable {
  key: string;
  value: string;
}

/** The variables the fields carry (undefined when none name them), or why they are refused. */
export type FieldVariables = { variables: PlayVariable[] | undefined } | { error: string };

/** The parameter GitLab reads a play's variables from. */
export const VARIABLES_PARAM = 'job_variables_attributes';

/**
 * Reads `job_variables_attributes[][key]=K&job_variables_attributes[][value]=V` (or, with
 * `param`, `variables[][key]`… for a new pipeline; `param` is a plain word) (a `[]` field
 * starts a new variable when the last one already has that field, as Rack does) or the indexed
 * `[0][key]` form. Any other field naming `job_variables_attributes` (in any case), a file, a
 * field given twice or a variable without key or value is refused rather than dropped, so the
 * job is never played with other variables than the caller sent.
 */
export function variablesFromFields(
  fields: Iterable<[string, string | Blob]>,
  source: string,
  param: string = VARIABLES_PARAM,
): FieldVariables {
  const FIELD = new RegExp(`^${param}\\[(\\d*)\\]\\[(key|value)\\]$`);
  let form: 'appended' | 'indexed' | undefined;
  const appended: Partial<PlayVariable>[] = [];
  const indexed = new Map<string, Partial<PlayVariable>>();
  for (const [name, value] of fields) {
    if (!name.toLowerCase().includes(param)) continue;
    const match = FIELD.exec(name);
    if (!match) {
      return {
        error: `${JSON.stringify(name)} (${source}) is not a form the relay reads: send each variable as ${param}[][key] and ${param}[][value]`,
      };
    }
    if (typeof value !== 'string') return { error: `${name} (${source}) must be text, not a file` };
    const index = match[1] ?? '';
    const field = match[2] as keyof PlayVariable;
    const fieldForm = index === '' ? 'appended' : 'indexed';
    if (form !== undefined && form !== fieldForm) {
      return { error: `${param} (${source}) mixes the [] and [N] forms` };
    }
    form = fieldForm;
    if (fieldForm === 'appended') {
      const last = appended.at(-1);
      if (last && last[field] === undefined) last[field] = value;
      else appended.push({ [field]: value });
      continue;
    }
    const item = indexed.get(index) ?? {};
    if (item[field] !== undefined) return { error: `${name} (${source}) is given twice` };
    item[field] = value;
    indexed.set(index, item);
  }
  if (form === undefined) return { variables: undefined };
  const items =
    form === 'appended'
      ? appended
      : [...indexed.entries()].sort(([a], [b]) => Number(a) - Number(b)).map(([, item]) => item);
  const variables: PlayVariable[] = [];
  for (const [index, item] of items.entries()) {
    if (item.key === undefined) return { error: `${param}[${index}][key] is missing (${source})` };
    if (item.value === undefined)
      return { error: `${param}[${index}][value] is missing (${source})` };
    variables.push({ key: item.key, value: item.value });
  }
  return { variables };
}
