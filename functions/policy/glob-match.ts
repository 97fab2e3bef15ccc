// Glob patterns for project paths, refs and job names: `*` within a path segment, `**` across them.

const cache = new Map<string, RegExp>();

/** True when `value` matches `pattern` (`*` = any characters but `/`, `**` = any characters, `?` = one). */
export function globMatch(pattern: string, value: string): boolean {
  let regex = cache.get(pattern);
  if (!regex) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
      const char = pattern[i] as string;
      if (char === '*' && pattern[i + 1] === '*') {
        source += '.*';
        i++;
      } else if (char === '*') source += '[^/]*';
      else if (char === '?') source += '[^/]';
      else source += char.replace(/[.+^${}()|[\]\\/]/g, '\\$&');
    }
    regex = new RegExp(`^${source}$`);
    cache.set(pattern, regex);
  }
  return regex.test(value);
}
