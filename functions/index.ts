// The relay Worker's entry: the Hono app with the defaults (global fetch, one cache per isolate).
import { createRelayApp } from './relay-app.js';

export default createRelayApp();
