// Styles of the counsellor's page and of its printed link sheet.
export const COUNSELLOR_CSS = `
body { margin: 0; background: #f5f7fb; }
main { max-width: 760px; margin: 0 auto; padding: 16px 24px 32px; font: 18px/1.45 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #111; background: #fff; }
h1 { color: #0b3d91; font-size: 26px; }
h2 { font-size: 21px; margin: 18px 0 8px; }
.field { display: grid; gap: 4px; margin: 10px 0; }
input, select, button { font: inherit; }
input, select { padding: 6px 8px; border: 2px solid #8a94a6; border-radius: 8px; max-width: 100%; }
button { cursor: pointer; border-radius: 10px; border: 2px solid #0b3d91; background: #fff; color: #111; min-height: 44px; padding: 6px 14px; }
button.primary { background: #0b3d91; color: #fff; font-weight: 700; }
button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #ffbf00; outline-offset: 2px; }
.error { color: #b00020; font-weight: 700; }
.levels { border: 2px solid #c9d3e8; border-radius: 10px; padding: 6px 10px 8px; display: grid; gap: 6px; margin: 10px 0; }
.levels label { display: flex; gap: 8px; align-items: flex-start; }
.actions { display: flex; gap: 10px; flex-wrap: wrap; align-items: center; }
.sheet { margin-top: 18px; border: 2px solid #c9d3e8; border-radius: 10px; padding: 12px 16px; }
.link code { font-size: 16px; word-break: break-all; }
.evidence { margin: 4px 0 12px; padding: 8px 12px; border-left: 4px solid #0b3d91; background: #f5f7fb; }
.qr { display: block; margin: 12px 0; }
@media print {
  body { background: #fff; }
  main { max-width: none; padding: 0; }
  .no-print { display: none !important; }
  .sheet { border: none; }
}
`;
