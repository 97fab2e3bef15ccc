// The valibot schema of a scenario job (or bridge): timing, outcome, log script, artifacts, trigger.
import * as v from 'valibot';
import { isVariableKey } from '../../gitlab/params/variable-key.js';
import { isArchivePath } from '../artifacts/is-archive-path.js';
import { type Duration, PositiveDurationSchema } from './duration.js';

/** A non-empty name (of a job, stage, user, ref…). */
export const NameSchema = v.pipe(v.string(), v.nonEmpty('must not be empty'));
/** A project path with its namespace. */
export const ProjectPathSchema = v.pipe(
  v.string(),
  v.regex(/^[\w.-]+(?:\/[\w.-]+)+$/, 'must be a project path such as "group/project"'),
);
/** A project by path or id. */
export const ProjectRefSchema = v.union(
  [ProjectPathSchema, v.pipe(v.number(), v.integer(), v.minValue(1))],
  'must be a project path or id',
);
/** A CI/CD variable key: letters, digits and `_` (Ci::HasVariable). */
export const VariableKeySchema = v.pipe(
  v.string(),
  v.check(isVariableKey, 'must be a variable key of letters, digits and _ (at most 255)'),
);
const ColorSchema = v.picklist(['red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'bold']);

/** One entry of a scripted job log: a line, or a (possibly nested) collapsible section. */
export type TraceEntryInput =
  | string
  | { text: string; at?: Duration; color?: v.InferOutput<typeof ColorSchema> }
  | {
      section: string;
      header: string;
      collapsed?: boolean;
      at?: Duration;
      endAt?: Duration;
      lines?: TraceEntryInput[];
    };

const TraceLineSchema = v.strictObject({
  text: v.string(),
  at: v.optional(PositiveDurationSchema),
  color: v.optional(ColorSchema),
});

const TraceEntrySchema: v.GenericSchema<TraceEntryInput> = v.union(
  [
    v.string(),
    TraceLineSchema,
    v.strictObject({
      section: v.pipe(
        v.string(),
        v.regex(/^[\w.-]+$/, 'must be a section name of letters, digits, _ . -'),
      ),
      header: v.string(),
      collapsed: v.optional(v.boolean()),
      at: v.optional(PositiveDurationSchema),
      endAt: v.optional(PositiveDurationSchema),
      lines: v.optional(v.array(v.lazy(() => TraceEntrySchema))),
    }),
  ],
  'must be a log line (text), {text, at?, color?} or {section, header, lines, ...}',
);

const GeneratedTraceSchema = v.strictObject({
  generate: v.strictObject({
    bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
    lineLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(16), v.maxValue(65_536))),
    bytesPerSecond: v.optional(v.pipe(v.number(), v.minValue(1))),
  }),
});

// ZIP without ZIP64: sizes and offsets are 32-bit; the headers take their share.
const MAX_ZIP_BYTES = 4_000_000_000;

/** An entry of an archive's `files`: its text, or `{ bytes }` of generated (deterministic) content. */
const ArchiveFileSchema = v.union(
  [
    v.string(),
    v.strictObject({
      bytes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_ZIP_BYTES)),
    }),
  ],
  "must be the file's text or { bytes: <count> } of generated content",
);

const ArtifactSchema = v.pipe(
  v.strictObject({
    fileType: v.string(),
    filename: v.string(),
    /** The file's size; not with `files`, whose archive's size is the real zip's. */
    size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    fileFormat: v.optional(v.string()),
    /** What the archive holds, by path: the emulator serves it as a real zip (`fileType: archive` only). */
    files: v.optional(
      v.pipe(
        v.record(
          v.pipe(
            v.string(),
            v.check(
              isArchivePath,
              'must be a relative path such as "dist/app.js" (no "..", no leading or trailing /)',
            ),
          ),
          ArchiveFileSchema,
        ),
        v.check(
          (files) => generatedBytes(files) <= MAX_ZIP_BYTES,
          'must hold less than 4 GB in all (the emulator writes no ZIP64)',
        ),
      ),
    ),
  }),
  v.check(
    (artifact) => (artifact.size === undefined) !== (artifact.files === undefined),
    "must give either size or files (the archive's size is then the zip's)",
  ),
  v.check(
    (artifact) => artifact.files === undefined || artifact.fileType === 'archive',
    'may list files only for fileType "archive"',
  ),
);

function generatedBytes(files: Record<string, string | { bytes: number }>): number {
  let total = 0;
  for (const file of Object.values(files))
    total += typeof file === 'string' ? file.length * 3 : file.bytes;
  return total;
}

const ResultSchema = v.picklist(['success', 'failed']);

const JOB_ENTRIES = {
  name: NameSchema,
  stage: v.optional(NameSchema),
  when: v.optional(v.picklist(['on_success', 'manual', 'delayed', 'on_failure', 'always'])),
  startIn: v.optional(PositiveDurationSchema),
  needs: v.optional(v.array(NameSchema)),
  allowFailure: v.optional(v.boolean()),
  waitingForResource: v.optional(PositiveDurationSchema),
  preparing: v.optional(PositiveDurationSchema),
  queue: v.optional(PositiveDurationSchema),
  duration: v.optional(PositiveDurationSchema),
  cancelGrace: v.optional(PositiveDurationSchema),
  result: v.optional(v.union([ResultSchema, v.pipe(v.array(ResultSchema), v.minLength(1))])),
  failureReason: v.optional(v.string()),
  tags: v.optional(v.array(v.string())),
  coverage: v.optional(v.nullable(v.number())),
  artifacts: v.optional(v.array(ArtifactSchema)),
  artifactsExpireIn: v.optional(v.nullable(PositiveDurationSchema)),
  /** When into the run the runner uploads the artifacts (default: as the job finishes). */
  artifactsUploadAt: v.optional(PositiveDurationSchema),
  /** `artifacts:access` (`artifacts:public: false` is `developer`): who may download them; `all` by default. */
  artifactsAccess: v.optional(v.picklist(['all', 'developer', 'maintainer', 'none'])),
  runner: v.optional(
    v.strictObject({
      id: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
      description: v.optional(v.string()),
      name: v.optional(v.string()),
    }),
  ),
  trace: v.optional(v.union([v.array(TraceEntrySchema), GeneratedTraceSchema])),
  environment: v.optional(
    v.strictObject({
      name: NameSchema,
      tier: v.optional(v.picklist(['production', 'staging', 'testing', 'development', 'other'])),
    }),
  ),
  user: v.optional(v.nullable(NameSchema)),
  /** CI/CD variables of the job from its configuration (`variables:`); played ones override them. */
  variables: v.optional(v.record(VariableKeySchema, v.string())),
  /** The job's `debug_trace_enabled` metadata (CI_DEBUG_TRACE set for the job in its config). */
  debugTrace: v.optional(v.boolean()),
};

// A downstream pipeline's jobs cannot trigger further pipelines: one level of bridges is modelled.
const DownstreamJobSchema = v.strictObject(JOB_ENTRIES);

/** A scenario job; with `trigger`, a bridge. */
export const JobSchema = v.strictObject({
  ...JOB_ENTRIES,
  trigger: v.optional(
    v.strictObject({
      project: ProjectRefSchema,
      ref: v.optional(NameSchema),
      strategy: v.optional(v.picklist(['depend'])),
      jobs: v.optional(v.pipe(v.array(DownstreamJobSchema), v.minLength(1))),
    }),
  ),
});

/** A scenario job (or, with `trigger`, a bridge) as written. */
export type ScenarioJob = v.InferOutput<typeof JobSchema>;

/** A job of a downstream pipeline, as written under a bridge's `trigger.jobs`. */
export type ScenarioDownstreamJob = v.InferOutput<typeof DownstreamJobSchema>;
