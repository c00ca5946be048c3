// Styles of the popup's counsellor pieces (session-link proposal, help request, « Espace médiateur »);
// the popup's own stylesheet sets the width and the font. Sizes in rem and em, logical sides.
export const LEARNER_CSS = `
.popup-extra:empty { display: none; }
.proposal { background: #e8f5e9; border: 2px solid #1b5e20; border-radius: 10px; padding: 0.5rem 0.75rem; margin-bottom: 0.625rem; }
.proposal.invalid { background: #fff8e1; border-color: #8d6e00; }
.proposal p { margin: 0.25rem 0; }
.proposal-actions, .help-actions { display: flex; gap: 0.5rem; flex-wrap: wrap; margin-top: 0.375rem; }
.proposal-actions button, .help-actions button { min-height: 2.75rem; padding: 0.375rem 0.875rem; }
button.accept { background: #1b5e20; border-color: #1b5e20; color: #fff; font-weight: 700; }
button.ask-help { width: 100%; min-height: 3.25rem; font-weight: 700; border-color: #c75000; color: #7a2e00; background: #fff3e0; }
.help-sent { background: #fff3e0; border-radius: 10px; padding: 0.5rem 0.75rem; }
.help-sent p { margin: 0.25rem 0; }
.counsellor-entry { margin-top: 0.875rem; text-align: end; font-size: 0.875rem; }
.counsellor-entry a { color: #555; }
html[data-contrast="high"] .help-sent { border: 2px solid #ffff00; }
`;
