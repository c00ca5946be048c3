// Styles of the session report, on screen and printed (A4, no buttons).
export const REPORT_CSS = `
body { margin: 0; background: #f5f7fb; }
main { max-width: 860px; margin: 0 auto; padding: 16px 24px 32px; font: 17px/1.45 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #111; background: #fff; }
h1 { color: #0b3d91; font-size: 26px; }
h2 { font-size: 21px; margin: 22px 0 6px; color: #0b3d91; }
h3 { font-size: 18px; margin: 14px 0 4px; }
.field { display: grid; gap: 4px; }
input, button { font: inherit; }
input { padding: 6px 8px; border: 2px solid #8a94a6; border-radius: 8px; max-width: 420px; }
button { cursor: pointer; border-radius: 10px; border: 2px solid #0b3d91; min-height: 44px; padding: 6px 14px; }
button.primary { background: #0b3d91; color: #fff; font-weight: 700; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #c9d3e8; padding: 4px 8px; text-align: left; vertical-align: top; }
td:first-child, td:last-child { white-space: nowrap; }
.print-name { font-weight: 700; }
.note { color: #444; font-size: 15px; margin-top: 24px; }
@page { size: A4; margin: 15mm; }
@media print {
  body { background: #fff; }
  main { max-width: none; padding: 0; font-size: 12pt; }
  .no-print { display: none !important; }
  .run { break-inside: avoid-page; }
}
`;
