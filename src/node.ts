// jobrelay's Node-only helpers (file output), on top of the core.
export type { NodeTransport } from './gitlab/node/node-http-get.js';
export {
  type WriteJobArtifactsToFileParams,
  type WrittenArtifacts,
  writeJobArtifactsToFile,
} from './gitlab/node/write-job-artifacts-to-file.js';
export {
  type WriteJobTraceToFileParams,
  type WrittenTrace,
  writeJobTraceToFile,
} from './gitlab/node/write-job-trace-to-file.js';
