// The project path is encoded exactly once and no input can steer a request outside its route.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClient, encodeProjectId, getJob, isInvalidInputError } from '../../../src/index.js';
import { seedJob } from '../../helpers/fixtures.js';
import { json, stubFetch } from '../../helpers/stub-fetch.js';

const segmentChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789_-.'.split(''));
const segment = fc
  .string({ unit: segmentChars, minLength: 1, maxLength: 12 })
  .filter((s) => s !== '.' && s !== '..' && !s.startsWith('-'));
const validPath = fc.array(segment, { minLength: 2, maxLength: 5 }).map((parts) => parts.join('/'));

describe('encodeProjectId', () => {
  it('keeps numeric ids as they are', () => {
    expect(encodeProjectId(42)).toBe('42');
    expect(encodeProjectId('42')).toBe('42');
  });

  it('encodes a namespaced path once: slashes become %2F', () => {
    expect(encodeProjectId('group/sub/project')).toBe('group%2Fsub%2Fproject');
    expect(encodeProjectId('my-group/my.project')).toBe('my-group%2Fmy.project');
  });

  it.each([
    ['group/../secret', '"." and ".."'],
    ['group/./project', '"." and ".."'],
    ['group//project', 'empty path segment'],
    ['/group/project', 'empty path segment'],
    ['group/project/', 'empty path segment'],
    ['group\\project', 'backslash'],
    ['group/pro\u0000ject', 'control characters'],
    ['group/pro\nject', 'control characters'],
    ['group%2Fproject', 'URL-encoded'],
    ['group%252Fproject', 'URL-encoded'],
    ['group/%2e%2e', 'URL-encoded'],
    ['project', 'namespace'],
    ['', 'empty'],
    ['group/proj ect', 'characters GitLab paths cannot contain'],
    ['group/proj?x=1', 'characters GitLab paths cannot contain'],
    ['group/proj#x', 'characters GitLab paths cannot contain'],
    ['0', 'positive integer'],
  ])('rejects %j, saying why (%s)', (input, reason) => {
    expect(() => encodeProjectId(input)).toThrow(reason);
    try {
      encodeProjectId(input);
    } catch (error) {
      expect(isInvalidInputError(error)).toBe(true);
      expect(error).toMatchObject({ field: 'project' });
    }
  });

  it('writes a numeric id given as a string without its leading zeros', () => {
    expect(encodeProjectId('042')).toBe('42');
  });

  it.each([
    ['', 'is empty'],
    [0, 'a numeric project id must be a positive integer'],
    [true, 'must be a project id or a path like group/project'],
    [null, 'must be a project id or a path like group/project'],
  ])('rejects %j with the reason %j', (input, reason) => {
    expect(() => encodeProjectId(input)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'project', reason }),
    );
  });

  it.each([[-1], [1.5], [Number.NaN], [2 ** 60]])('rejects the number %d', (input) => {
    expect(() => encodeProjectId(input)).toThrow('positive integer');
  });

  it('round-trips every valid path: decoding the encoded form gives the path back', () => {
    fc.assert(
      fc.property(validPath, (path) => {
        const encoded = encodeProjectId(path);
        expect(encoded).not.toContain('/');
        expect(decodeURIComponent(encoded)).toBe(path);
      }),
    );
  });

  it('never lets any string produce a request outside <url>/api/v4/projects/<one segment>/jobs/<id>', async () => {
    const client = (fetch: ReturnType<typeof stubFetch>['fetch']) =>
      createClient({
        url: 'https://gitlab.example.com/prefix',
        token: 'glpat-propertytoken0001',
        fetch,
        retry: false,
      });
    const tricky = fc.oneof(
      fc.string(),
      fc.string({
        unit: fc.constantFrom(
          '.',
          '/',
          '\\',
          '%',
          '2',
          'e',
          'F',
          'a',
          '?',
          '#',
          '\n',
          '\u0000',
          ' ',
        ),
      }),
      fc
        .array(fc.constantFrom('..', '.', '%2e%2e', '%2F', '%252F', 'a', '', '\\..'), {
          maxLength: 6,
        })
        .map((p) => p.join('/')),
      validPath,
    );
    await fc.assert(
      fc.asyncProperty(tricky, async (project) => {
        const stub = stubFetch(json(seedJob()));
        try {
          await getJob(client(stub.fetch), { project, jobId: 8 });
        } catch (error) {
          expect(isInvalidInputError(error)).toBe(true);
          expect(stub.calls).toHaveLength(0);
          return;
        }
        expect(stub.calls).toHaveLength(1);
        const url = stub.calls[0]?.url as URL;
        expect(url.origin).toBe('https://gitlab.example.com');
        expect(url.search).toBe('');
        const match = /^\/prefix\/api\/v4\/projects\/([^/]+)\/jobs\/8$/.exec(url.pathname);
        expect(match).not.toBeNull();
        expect(decodeURIComponent(match?.[1] ?? '')).toBe(project);
      }),
      { numRuns: 500 },
    );
  });
});
