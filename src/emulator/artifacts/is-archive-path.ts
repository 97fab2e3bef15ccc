// Which paths a scenario may put in an artifacts archive.

/** Whether `path` names a file inside an archive: relative, no empty, `.` or `..` segment, no NUL or backslash. */
export function isArchivePath(path: string): boolean {
  if (path === '' || path.includes('\0') || path.includes('\\')) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
