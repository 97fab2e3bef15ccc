// The dashboard's stylesheet: GitLab's look, light and dark (prefers-color-scheme), focus visible.

/** CSS served at `/-/emulator/ui/assets/dashboard.css`. */
export const DASHBOARD_STYLES = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --bg-subtle: #fbfafd; --bg-raised: #ffffff; --border: #dcdcde; --border-strong: #bfbfc3;
  --text: #28272d; --muted: #626168; --link: #1f75cb; --focus: #1f75cb;
  --success: #108548; --failed: #dd2b0e; --running: #1f75cb; --pending: #ab6100; --neutral: #737278;
  --success-bg: #ecf4ee; --failed-bg: #fcf1ef; --running-bg: #e9f3fc; --pending-bg: #fdf1dd; --neutral-bg: #ececef;
  --notice-bg: #e9f3fc; --notice-error-bg: #fcf1ef;
  --log-bg: #1f1e24; --log-text: #ececef; --log-muted: #89888d; --log-hover: #333238;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #18171d; --bg-subtle: #1f1e24; --bg-raised: #232128; --border: #434248; --border-strong: #626168;
    --text: #ececef; --muted: #bfbfc3; --link: #63a6e9; --focus: #63a6e9;
    --success: #52b87a; --failed: #f57f6c; --running: #63a6e9; --pending: #e9be74; --neutral: #a4a3a8;
    --success-bg: #0b3520; --failed-bg: #4f1409; --running-bg: #0c2a4d; --pending-bg: #3d2605; --neutral-bg: #333238;
    --notice-bg: #033464; --notice-error-bg: #660e00;
    --log-bg: #101014; --log-hover: #28272d;
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--text); }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif; }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; border-radius: 4px; }
code, .log-text, .fingerprint { font-family: ui-monospace, "JetBrains Mono", Menlo, Consolas, monospace; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--bg-raised); padding: 8px 12px; z-index: 10; }
.skip-link:focus { left: 8px; }
.js .no-js-only { display: none; }
.topbar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; padding: 8px 24px; border-bottom: 1px solid var(--border); background: var(--bg-subtle); }
.brand { font-weight: 700; color: var(--text); }
.brand span { font-weight: 400; color: var(--muted); }
.topbar nav { display: flex; gap: 4px; }
.topbar nav a { padding: 6px 10px; border-radius: 6px; color: var(--text); }
.topbar nav a[aria-current="page"] { background: var(--neutral-bg); font-weight: 600; }
.clock { margin: 0 0 0 auto; display: flex; gap: 8px; align-items: baseline; }
.clock-time { font-variant-numeric: tabular-nums; font-weight: 600; }
.clock-mode { color: var(--muted); font-size: 12px; }
.act-as { display: flex; gap: 6px; align-items: center; }
select, input, textarea { font: inherit; color: var(--text); background: var(--bg-raised); border: 1px solid var(--border-strong); border-radius: 4px; padding: 4px 6px; }
textarea { width: 100%; font-family: ui-monospace, Menlo, Consolas, monospace; }
.notice { margin: 0 24px; }
.notice:not(:empty) { margin-top: 12px; padding: 8px 12px; border-radius: 4px; background: var(--notice-bg); }
.notice.error { background: var(--notice-error-bg); }
main { padding: 16px 24px 48px; max-width: 1400px; }
main:focus { outline: none; }
h2 { font-size: 18px; margin: 24px 0 12px; }
h2 .count { font-size: 13px; font-weight: 400; color: var(--muted); margin-left: 6px; }
.empty, .more, .hint { color: var(--muted); }
.button { font: inherit; display: inline-flex; align-items: center; gap: 6px; padding: 5px 12px; border: 1px solid var(--border-strong); border-radius: 4px; background: var(--bg-raised); color: var(--text); cursor: pointer; }
.button:hover { background: var(--neutral-bg); }
.button.primary { background: #1f75cb; border-color: #1f75cb; color: #fff; }
.button.primary:hover { background: #1068bf; }
.button.small { padding: 2px 8px; font-size: 12px; }
form { margin: 0; }
svg .stroke { fill: none; stroke: currentColor; stroke-width: 1.6; stroke-linecap: round; stroke-linejoin: round; }
svg .stroke.thin { stroke-width: 1.1; }
svg .fill { fill: currentColor; }
.ci-icon { flex: none; vertical-align: middle; }
.ci-icon .ring { fill: var(--bg-raised); stroke: currentColor; stroke-width: 1.5; }
.ci-success { color: var(--success); } .ci-failed { color: var(--failed); } .ci-running { color: var(--running); }
.ci-pending { color: var(--pending); } .ci-neutral { color: var(--neutral); }
.ci-badge { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px 1px 4px; border-radius: 999px; font-size: 12px; font-weight: 600; }
.ci-badge.ci-success { background: var(--success-bg); } .ci-badge.ci-failed { background: var(--failed-bg); }
.ci-badge.ci-running { background: var(--running-bg); } .ci-badge.ci-pending { background: var(--pending-bg); }
.ci-badge.ci-neutral { background: var(--neutral-bg); }
.ci-badge .ci-icon .ring { fill: transparent; }
.ci-running .ci-icon .fill { animation: none; }
.pipeline { border: 1px solid var(--border); border-radius: 8px; margin: 0 0 16px; background: var(--bg-raised); }
.pipeline-header { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; padding: 10px 16px; border-bottom: 1px solid var(--border); }
.pipeline-header h3 { margin: 0; font-size: 14px; }
.ref { font-family: ui-monospace, Menlo, monospace; font-size: 12px; padding: 0 6px; border-radius: 4px; background: var(--neutral-bg); }
.commit-title { font-weight: 500; }
.meta { color: var(--muted); font-size: 12px; }
.pipeline-graph { display: flex; gap: 40px; padding: 16px; overflow-x: auto; background: var(--bg-subtle); border-radius: 0 0 8px 8px; }
.stage { min-width: 200px; }
.stage-name { margin: 0 0 10px; font-size: 13px; font-weight: 600; text-transform: capitalize; color: var(--text); padding-left: 12px; }
.stage-jobs { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.job-chip, .linked-pipeline { display: flex; align-items: center; gap: 4px; width: 210px; min-height: 36px; padding: 2px 3px 2px 10px; border: 1px solid var(--border); border-radius: 999px; background: var(--bg-raised); box-shadow: 0 1px 2px rgba(5, 5, 6, .08); }
.job-chip:hover, .linked-pipeline:hover { border-color: var(--border-strong); background: var(--neutral-bg); }
.job-link, .linked-pipeline a { flex: 1; min-width: 0; display: flex; align-items: center; gap: 8px; color: var(--text); padding: 4px 0; border-radius: 999px; }
.job-link:hover, .linked-pipeline a:hover { text-decoration: none; }
.job-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.bridge-arrow { color: var(--muted); flex: none; }
.job-chip.bridge { border-style: dashed; }
.linked { min-width: 220px; }
.linked-pipeline { border-radius: 8px; flex-direction: column; align-items: flex-start; padding: 6px 10px; }
.linked-via { font-size: 12px; color: var(--muted); padding-left: 24px; }
.linked-project { color: var(--muted); }
.job-action { flex: none; width: 28px; height: 28px; display: inline-flex; align-items: center; justify-content: center; border-radius: 50%; border: 1px solid var(--border); background: var(--bg-raised); color: var(--muted); cursor: pointer; padding: 0; }
.job-action:hover { background: var(--border); color: var(--text); }
.breadcrumbs { color: var(--muted); margin-bottom: 8px; }
.job-layout { display: flex; gap: 24px; align-items: flex-start; }
.job-main { flex: 1; min-width: 0; }
.job-header h2 { display: flex; align-items: center; gap: 10px; margin: 8px 0; }
.job-id { color: var(--muted); font-weight: 400; }
.job-facts { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 0 0 12px; }
.job-facts div { display: flex; gap: 6px; }
.job-facts dt { color: var(--muted); }
.job-facts dd { margin: 0; }
.job-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; margin-bottom: 12px; }
.job-actions .variables { display: block; margin-bottom: 6px; font-size: 12px; color: var(--muted); min-width: 320px; }
.job-actions form { display: flex; flex-direction: column; align-items: flex-start; }
.job-sidebar { width: 260px; flex: none; border: 1px solid var(--border); border-radius: 8px; padding: 8px 12px; background: var(--bg-subtle); }
.job-sidebar h3 { margin: 4px 0 8px; font-size: 14px; }
.job-sidebar ul { list-style: none; margin: 0; padding: 0; }
.job-sidebar li { display: flex; align-items: center; justify-content: space-between; padding: 3px 0; }
.job-sidebar li.current a { font-weight: 600; }
.job-sidebar a { display: flex; gap: 6px; align-items: center; color: var(--text); }
.stage-tag { color: var(--muted); font-size: 12px; }
.log-toolbar { display: flex; gap: 16px; align-items: center; padding: 6px 12px; border: 1px solid var(--border); border-bottom: 0; border-radius: 8px 8px 0 0; background: var(--bg-subtle); font-size: 13px; }
.log-size { margin-left: auto; color: var(--muted); }
.job-log { background: var(--log-bg); color: var(--log-text); border-radius: 0 0 8px 8px; padding: 8px 0; font-size: 13px; line-height: 20px; overflow-x: auto; min-height: 120px; }
.log-line { display: flex; padding: 0 12px 0 0; white-space: pre-wrap; word-break: break-all; }
.log-line:hover { background: var(--log-hover); }
.log-number { flex: none; width: 56px; padding-right: 12px; text-align: right; color: var(--log-muted); user-select: none; }
.log-text { flex: 1; min-width: 0; }
.log-section > summary { list-style: none; cursor: pointer; position: relative; }
.log-section > summary::-webkit-details-marker { display: none; }
.log-section > summary .log-number::before { content: "›"; display: inline-block; margin-right: 6px; transition: transform .1s; color: var(--log-text); }
.log-section[open] > summary .log-number::before { transform: rotate(90deg); }
.log-duration { flex: none; margin-left: 12px; padding: 0 6px; border-radius: 4px; background: #333238; color: #ececef; font-size: 12px; }
.log-empty { color: var(--log-muted); padding: 0 16px; margin: 0; }
.log-running { display: flex; gap: 4px; padding: 6px 68px; }
.log-running span { width: 6px; height: 6px; border-radius: 50%; background: var(--log-muted); animation: blink 1.2s infinite; }
.log-running span:nth-child(2) { animation-delay: .2s; } .log-running span:nth-child(3) { animation-delay: .4s; }
@keyframes blink { 0%, 80%, 100% { opacity: .2; } 40% { opacity: 1; } }
@media (prefers-reduced-motion: reduce) { .log-running span { animation: none; } }
.term-bold { font-weight: 700; } .term-italic { font-style: italic; } .term-underline { text-decoration: underline; }
.term-fg-black { color: #000; } .term-fg-red { color: #f55; } .term-fg-green { color: #4ec95b; } .term-fg-yellow { color: #e5c07b; }
.term-fg-blue { color: #6b9eff; } .term-fg-magenta { color: #d67fe0; } .term-fg-cyan { color: #3fc6d6; } .term-fg-white { color: #ddd; }
.term-fg-l-black { color: #8a8a8a; } .term-fg-l-red { color: #ff7b72; } .term-fg-l-green { color: #7ee787; } .term-fg-l-yellow { color: #f2d88e; }
.term-fg-l-blue { color: #90b7ff; } .term-fg-l-magenta { color: #e9a6f0; } .term-fg-l-cyan { color: #7be3ef; } .term-fg-l-white { color: #fff; }
.term-bg-black { background: #000; } .term-bg-red { background: #a1260d; } .term-bg-green { background: #1a7f37; } .term-bg-yellow { background: #9a6700; }
.term-bg-blue { background: #0a4ea3; } .term-bg-magenta { background: #8250df; } .term-bg-cyan { background: #1b7c83; } .term-bg-white { background: #d0d7de; color: #000; }
.section-head { display: flex; align-items: center; justify-content: space-between; gap: 12px; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; margin: 12px 0; }
.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 2px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; color: var(--muted); padding: 4px 0; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--border); vertical-align: top; }
th { font-size: 12px; color: var(--muted); font-weight: 600; }
tbody tr:hover { background: var(--bg-subtle); }
td.path code { word-break: break-all; }
.seq { color: var(--muted); }
.method { font-weight: 600; font-size: 12px; }
.method-post { color: var(--pending); } .method-get { color: var(--running); } .method-delete, .method-put { color: var(--failed); }
.http-status { font-weight: 600; font-variant-numeric: tabular-nums; }
.s2xx { color: var(--success); } .s3xx { color: var(--running); } .s4xx { color: var(--pending); } .s5xx, .http-status.none { color: var(--failed); }
.who-kind { color: var(--muted); font-size: 12px; }
.fingerprint { font-size: 12px; color: var(--muted); }
.notes { color: var(--muted); font-size: 12px; }
.controls { display: grid; gap: 16px; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); align-items: start; }
input[type=number] { width: 7em; }
.panel { border: 1px solid var(--border); border-radius: 8px; padding: 4px 16px 16px; background: var(--bg-raised); }
.panel h3 { font-size: 14px; margin: 16px 0 4px; }
.control-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
form.inline, form.inline label { display: inline-flex; gap: 6px; align-items: center; }
form.stacked { display: flex; flex-direction: column; gap: 8px; align-items: flex-start; }
form.stacked label { display: flex; flex-direction: column; gap: 2px; font-size: 12px; color: var(--muted); }
form.stacked label.check { flex-direction: row; align-items: center; }
table.compact td, table.compact th { padding: 4px 6px; }
@media (max-width: 800px) { .job-layout { flex-direction: column; } .job-sidebar { width: 100%; } }
`;
