// The action's post entry point (dist/post.js): cancels the job it played if the run was cancelled.
import { runPost } from './post-main.js';

await runPost();
