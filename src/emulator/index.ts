// The emulator's public surface (runtime-agnostic; the Node server and CLI are in ./node).
export type { Clock } from '../gitlab/clock.js';
export { type ClockMode, EmulatorClock } from './clock/emulator-clock.js';
export { createEmulator, type Emulator, type EmulatorOptions } from './create-emulator.js';
export { FAULT_KINDS, type FaultKind, type FaultSpec } from './faults/fault-spec.js';
export { createInProcessFetch } from './faults/in-process-fetch.js';
export type { RequestLogEntry } from './request-log/request-log.js';
export { demoScenario } from './scenario/demo-scenario.js';
export { parseScenarioText } from './scenario/parse-scenario-text.js';
export { ScenarioError, type ScenarioIssue } from './scenario/scenario-error.js';
export type { Scenario, ScenarioInput } from './scenario/scenario-schema.js';
export { validateScenario } from './scenario/validate-scenario.js';
export type { JobStatus } from './state/job-status.js';
