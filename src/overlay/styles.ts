// The overlay's stylesheet, inside the closed shadow root. `:host { all: initial }` keeps the
// page's CSS out; sizes are large (18 px text, 44 px buttons) for learners with low vision.
export const OVERLAY_CSS = `
:host { all: initial !important; }
* { box-sizing: border-box; }
.cdp-ring {
  position: fixed; z-index: 2147483646; pointer-events: none; border-radius: 8px;
  outline: 4px solid #ffbf00; box-shadow: 0 0 0 8px rgba(255, 191, 0, 0.35);
}
.cdp-card {
  position: fixed; z-index: 2147483647; max-width: min(380px, calc(100vw - 16px));
  font: 18px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #111; background: #fff; border: 3px solid #0b3d91; border-radius: 12px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.3); padding: 14px 16px 12px;
}
.cdp-panel { right: 16px; bottom: 16px; }
.cdp-arrow { position: absolute; width: 16px; height: 16px; background: #fff; transform: rotate(45deg); }
.cdp-head { display: flex; justify-content: space-between; gap: 8px; font-size: 18px; color: #333; margin-bottom: 6px; }
.cdp-progress { font-weight: 700; color: #0b3d91; }
.cdp-say { margin: 0 0 10px; font-size: 20px; }
.cdp-resumed { margin: 0 0 6px; font-weight: 700; color: #0b6b2e; }
.cdp-risk { margin: 0 0 10px; padding: 8px 10px; background: #fff4e5; border-left: 6px solid #b34700; border-radius: 6px; }
.cdp-help { margin: 0 0 10px; padding: 8px 10px; background: #eef3ff; border-radius: 8px; }
.cdp-help p { margin: 0 0 6px; }
.cdp-actions { display: flex; flex-wrap: wrap; gap: 8px; }
button {
  font: inherit; font-size: 18px; min-height: 44px; padding: 6px 12px; border-radius: 8px; cursor: pointer;
  border: 2px solid #0b3d91; background: #fff; color: #0b3d91;
}
button.cdp-primary { background: #0b3d91; color: #fff; }
button:disabled { opacity: 0.45; cursor: default; }
button:focus-visible { outline: 3px solid #ffbf00; outline-offset: 2px; }
.cdp-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) {
  .cdp-ring { transition: all 120ms ease-out; }
}
`;
