import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  isPipelineWaitOver,
  runWaitForPipeline
} from "./chunk-NFXXQESY.js";
import "./chunk-G6DCEGWB.js";
import "./chunk-HMX36F3Y.js";
import "./chunk-WURLOFS2.js";
import "./chunk-DROKWXGZ.js";
import "./chunk-Y7OLAJBQ.js";
import "./chunk-5XAZSMCO.js";
import "./chunk-A2F6WHMZ.js";
import "./chunk-7QHSCVNK.js";
export {
  isPipelineWaitOver,
  runWaitForPipeline
};
