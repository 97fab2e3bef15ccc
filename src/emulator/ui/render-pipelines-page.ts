// The dashboard's home: every project with its latest pipelines, newest first.
import { html } from 'hono/html';
import type { EmulatorState } from '../state/emulator-state.js';
import type { Html } from './render-layout.js';
import { renderPipeline } from './render-pipeline.js';

/** How many pipelines of each project the home page draws (each has its own page too). */
export const PIPELINES_PER_PROJECT = 5;

/** The projects and their pipelines (a live region, redrawn as they change). */
export function renderPipelinesPage(state: EmulatorState, here: string): Html {
  const projects = [...state.projects.values()];
  return html`<div data-live="pipelines">${projects.map((project) => {
    const pipelines = [...state.pipelines.values()]
      .filter((pipeline) => pipeline.projectId === project.id)
      .sort((a, b) => b.id - a.id);
    const hidden = pipelines.length - PIPELINES_PER_PROJECT;
    return html`<section class="project" aria-labelledby="project-${project.id}">
  <h2 id="project-${project.id}">${project.fullPath} <span class="count">${pipelines.length} pipeline${pipelines.length === 1 ? '' : 's'}</span></h2>
  ${pipelines.length === 0 ? html`<p class="empty">No pipelines yet.</p>` : ''}
  ${pipelines.slice(0, PIPELINES_PER_PROJECT).map((pipeline) => renderPipeline(state, pipeline, here))}
  ${hidden > 0 ? html`<p class="more">${hidden} older pipeline${hidden === 1 ? '' : 's'} not shown.</p>` : ''}
</section>`;
  })}</div>`;
}
