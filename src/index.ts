// jobrelay's package root: the GitLab Jobs API core, usable on Node 20+ and on Workers.
export * from './gitlab/index.js';
