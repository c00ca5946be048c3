// The popup's stylesheet: large text and targets, strong contrast. Sizes in rem and em, so that the
// learner's text size (DISPLAY_CSS) scales everything; logical sides, so that Arabic reads right to left.
export const POPUP_CSS = `
body { margin: 0; padding: 0.75rem 1rem 1rem; width: 23.75rem; font: 1.125rem/1.4 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #111; background: #fff; }
main { padding-top: 0.75rem; }
h1 { font-size: 1.375rem; margin: 0 0 0.5rem; color: #0b3d91; }
h2 { font-size: 1.125rem; margin: 0.875rem 0 0.375rem; }
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
button { font: inherit; cursor: pointer; border-radius: 10px; border: 2px solid #0b3d91; background: #fff; color: #111; }
button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid #ffbf00; outline-offset: 2px; }
input[type="radio"], input[type="checkbox"] { width: 1.25rem; height: 1.25rem; flex: none; margin: 0.15em 0 0; }
button.guide { width: 100%; text-align: start; padding: 0.625rem 0.75rem; display: grid; gap: 0.125rem; min-height: 3rem; }
button.guide .title { font-weight: 700; color: #0b3d91; }
button.guide .summary { font-size: 0.875em; color: #333; }
.running { background: #eef3ff; border-radius: 10px; padding: 0.5rem 0.75rem; }
.running p { margin: 0.25rem 0; }
.running-title { font-weight: 700; }
button.stop, button.resume { min-height: 2.75rem; padding: 0.375rem 0.875rem; }
button.resume { background: #0b3d91; color: #fff; font-weight: 700; }
.running-actions { display: flex; gap: 0.5rem; }
.levels, .sizes { border: 2px solid #c9d3e8; border-radius: 10px; margin: 0.625rem 0 0.25rem; padding: 0.375rem 0.625rem 0.5rem; display: grid; gap: 0.375rem; }
.levels legend, .sizes legend { font-weight: 700; padding: 0 0.25rem; }
.levels label, .sizes label { display: flex; gap: 0.5rem; align-items: flex-start; cursor: pointer; min-height: 2rem; }
.secrets, .display, .end-session { border-top: 1px solid #d0d7e2; margin-top: 1rem; padding-top: 0.5rem; }
.secrets-switch, .display-switch, .end-choice { display: flex; gap: 0.5rem; align-items: flex-start; cursor: pointer; margin: 0.375rem 0; }
.languages { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.languages p { flex-basis: 100%; margin: 0; font-weight: 700; }
.languages button { min-height: 2.75rem; min-width: 5.5rem; padding: 0.375rem 0.75rem; }
.languages button[aria-pressed="true"] { background: #0b3d91; color: #fff; font-weight: 700; border-width: 3px; }
.end-session p { margin: 0.375rem 0; }
button.end { width: 100%; min-height: 3.5rem; font-size: 1.25rem; font-weight: 700; background: #8a1c1c; border-color: #8a1c1c; color: #fff; }
.end-help { font-size: 0.875em; color: #333; }
.logout { font-weight: 700; background: #fff4d6; border-radius: 8px; padding: 0.375rem 0.625rem; }
.end-actions { display: flex; gap: 0.5rem; }
button.end-confirm, button.end-cancel { min-height: 3rem; padding: 0.375rem 0.875rem; }
button.end-confirm { background: #8a1c1c; border-color: #8a1c1c; color: #fff; font-weight: 700; }
.pin-hint { border-top: 1px solid #d0d7e2; margin-top: 1rem; padding-top: 0.25rem; }
.pin-hint ol { margin: 0.375rem 0; padding-inline-start: 1.5rem; display: grid; gap: 0.25rem; }
.pin-hint p { margin: 0.375rem 0; }
.pin-picture { display: block; width: 100%; height: auto; margin: 0.25rem 0; }
.admin-notice { margin-top: 0.875rem; font-size: 0.8125rem; color: #555; }
.admin-notice ul { display: block; list-style: disc; padding-inline-start: 1.125rem; }
html[data-contrast="high"] .running, html[data-contrast="high"] .logout { border: 2px solid #ffff00; }
`;
