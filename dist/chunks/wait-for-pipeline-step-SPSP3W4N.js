import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  isPipelineWaitOver,
  runWaitForPipeline
} from "./chunk-Q37BZU3Z.js";
import "./chunk-G6DCEGWB.js";
import "./chunk-FWAPWMLX.js";
import "./chunk-6HSLB377.js";
import "./chunk-DROKWXGZ.js";
import "./chunk-O67VJO7H.js";
import "./chunk-X7II2NYY.js";
import "./chunk-A2F6WHMZ.js";
import "./chunk-7QHSCVNK.js";
export {
  isPipelineWaitOver,
  runWaitForPipeline
};
