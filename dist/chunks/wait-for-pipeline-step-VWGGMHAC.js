import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  isPipelineWaitOver,
  runWaitForPipeline
} from "./chunk-NYJHVNPY.js";
import "./chunk-G6DCEGWB.js";
import "./chunk-CNSW6JFK.js";
import "./chunk-NTBHQ42I.js";
import "./chunk-DROKWXGZ.js";
import "./chunk-YBZB3JSA.js";
import "./chunk-G7Q4FV4K.js";
import "./chunk-HG77K7LZ.js";
import "./chunk-7QHSCVNK.js";
export {
  isPipelineWaitOver,
  runWaitForPipeline
};
