import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  isPipelineWaitOver,
  runWaitForPipeline
} from "./chunk-VNSRZ6DY.js";
import "./chunk-G6DCEGWB.js";
import "./chunk-AP7L7MWB.js";
import "./chunk-2TMYUQSJ.js";
import "./chunk-DROKWXGZ.js";
import "./chunk-XKSL3AXX.js";
import "./chunk-X7II2NYY.js";
import "./chunk-A2F6WHMZ.js";
import "./chunk-7QHSCVNK.js";
export {
  isPipelineWaitOver,
  runWaitForPipeline
};
