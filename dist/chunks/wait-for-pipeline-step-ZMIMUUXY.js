import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  isPipelineWaitOver,
  runWaitForPipeline
} from "./chunk-OD67K3DM.js";
import "./chunk-G6DCEGWB.js";
import "./chunk-FQBXP4MR.js";
import "./chunk-PPVMCUSL.js";
import "./chunk-DROKWXGZ.js";
import "./chunk-XMCRXMRQ.js";
import "./chunk-OXONMBJW.js";
import "./chunk-A2F6WHMZ.js";
import "./chunk-7QHSCVNK.js";
export {
  isPipelineWaitOver,
  runWaitForPipeline
};
