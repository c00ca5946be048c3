// Styles of the popup's counsellor pieces (session-link proposal, help request, « Espace médiateur »).
export const LEARNER_CSS = `
.popup-extra { width: 380px; box-sizing: content-box; padding: 0 16px; font: 18px/1.4 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #111; }
.popup-extra:empty { display: none; }
.proposal { background: #e8f5e9; border: 2px solid #1b5e20; border-radius: 10px; padding: 8px 12px; margin-bottom: 10px; }
.proposal.invalid { background: #fff8e1; border-color: #8d6e00; }
.proposal p { margin: 4px 0; }
.proposal-actions, .help-actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 6px; }
.proposal-actions button, .help-actions button { min-height: 44px; padding: 6px 14px; }
button.accept { background: #1b5e20; border-color: #1b5e20; color: #fff; font-weight: 700; }
.help { padding-top: 12px; }
button.ask-help { width: 100%; min-height: 52px; font-weight: 700; border-color: #c75000; color: #7a2e00; background: #fff3e0; }
.help-sent { background: #fff3e0; border-radius: 10px; padding: 8px 12px; }
.help-sent p { margin: 4px 0; }
.counsellor-entry { margin-top: 14px; text-align: right; font-size: 14px; }
.counsellor-entry a { color: #555; }
`;
