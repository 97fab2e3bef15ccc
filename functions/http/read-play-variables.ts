// Reads the variables of a play request: GitLab's JSON body, or its form-encoded equivalent.

/** The variables sent, or an error in GitLab's words. */
export type PlayVariables =
  | { variables: { key: string; value: string }[] | undefined }
  | { error: string };

/** Parses `{"job_variables_attributes": [{key, value}]}` (JSON or form fields); empty body = none. */
export async function readPlayVariables(request: Request): Promise<PlayVariables> {
  const text = await request.text();
  if (text.trim() === '') return { variables: undefined };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = fromForm(new URLSearchParams(text));
  }
  if (typeof data !== 'object' || data === null) return { error: 'the body must be a JSON object' };
  const list = (data as { job_variables_attributes?: unknown }).job_variables_attributes;
  if (list === undefined) return { variables: undefined };
  if (!Array.isArray(list)) return { error: 'job_variables_attributes is invalid' };
  const variables: { key: string; value: string }[] = [];
  for (const [index, item] of list.entries()) {
    const record = (typeof item === 'object' && item !== null ? item : {}) as Record<
      string,
      unknown
    >;
    if (typeof record.key !== 'string')
      return { error: `job_variables_attributes[${index}][key] is missing` };
    if (typeof record.value !== 'string')
      return { error: `job_variables_attributes[${index}][value] is missing` };
    variables.push({ key: record.key, value: record.value });
  }
  return { variables };
}

// `job_variables_attributes[][key]=A&job_variables_attributes[][value]=1` (or `[0][key]`) → the JSON shape.
function fromForm(form: URLSearchParams): unknown {
  const items: Record<string, string>[] = [];
  for (const [name, value] of form) {
    const match = /^job_variables_attributes\[(\d*)\]\[(key|value)\]$/.exec(name);
    if (!match) continue;
    const [, index = '', field = ''] = match;
    // `[]` form: each key starts a new variable and its value follows it.
    let slot = Number(index);
    if (index === '') slot = field === 'key' ? items.length : Math.max(0, items.length - 1);
    items[slot] = { ...items[slot], [field]: value };
  }
  return items.length > 0 ? { job_variables_attributes: items.filter(Boolean) } : {};
}
