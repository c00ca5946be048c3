// The popup's stylesheet: large text and targets, strong contrast.
export const POPUP_CSS = `
body { margin: 0; }
main { width: 380px; padding: 12px 16px 16px; font: 18px/1.4 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #111; }
h1 { font-size: 22px; margin: 0 0 8px; color: #0b3d91; }
h2 { font-size: 18px; margin: 14px 0 6px; }
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
button { font: inherit; cursor: pointer; border-radius: 10px; border: 2px solid #0b3d91; background: #fff; color: #111; }
button:focus-visible { outline: 3px solid #ffbf00; outline-offset: 2px; }
button.guide { width: 100%; text-align: left; padding: 10px 12px; display: grid; gap: 2px; min-height: 48px; }
button.guide .title { font-weight: 700; color: #0b3d91; }
button.guide .summary { font-size: 16px; color: #333; }
.running { background: #eef3ff; border-radius: 10px; padding: 8px 12px; }
.running p { margin: 4px 0; }
.running-title { font-weight: 700; }
button.stop, button.resume { min-height: 44px; padding: 6px 14px; }
button.resume { background: #0b3d91; color: #fff; font-weight: 700; }
.running-actions { display: flex; gap: 8px; }
.levels { border: 2px solid #c9d3e8; border-radius: 10px; margin: 10px 0 4px; padding: 6px 10px 8px; display: grid; gap: 6px; }
.levels legend { font-weight: 700; padding: 0 4px; }
.levels label { display: flex; gap: 8px; align-items: flex-start; cursor: pointer; min-height: 32px; }
.secrets { border-top: 1px solid #d0d7e2; margin-top: 16px; padding-top: 8px; }
.secrets-switch { display: flex; gap: 8px; align-items: flex-start; cursor: pointer; }
.secrets-switch input { width: 20px; height: 20px; flex: none; margin-top: 2px; }
.levels input { width: 20px; height: 20px; margin-top: 3px; }
.end-session { border-top: 1px solid #d0d7e2; margin-top: 16px; padding-top: 10px; }
.end-session p { margin: 6px 0; }
button.end { width: 100%; min-height: 56px; font-size: 20px; font-weight: 700; background: #8a1c1c; border-color: #8a1c1c; color: #fff; }
.end-help { font-size: 16px; color: #333; }
.logout { font-weight: 700; background: #fff4d6; border-radius: 8px; padding: 6px 10px; }
.end-choice { display: flex; gap: 8px; align-items: flex-start; cursor: pointer; margin: 6px 0; }
.end-choice input { width: 20px; height: 20px; flex: none; margin-top: 3px; }
.end-actions { display: flex; gap: 8px; }
button.end-confirm, button.end-cancel { min-height: 48px; padding: 6px 14px; }
button.end-confirm { background: #8a1c1c; border-color: #8a1c1c; color: #fff; font-weight: 700; }
.admin-notice { margin-top: 14px; font-size: 13px; color: #555; }
.admin-notice ul { display: block; list-style: disc; padding-left: 18px; }
`;
