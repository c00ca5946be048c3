// The overlay's stylesheet, inside the closed shadow root, for one text size and contrast. Built
// by the background and sent with the session: it costs the content script nothing. `:host { all:
// initial }` keeps the page's CSS out; sizes are large (18 px text, 44 px buttons at the normal
// size) for learners with low vision; sides are logical (inline-start/end) for Arabic.
import type { TextSize } from '../storage';

const SCALE: Record<TextSize, number> = { normal: 1, large: 1.25, larger: 1.5 };

export function overlayCss(size: TextSize, highContrast: boolean): string {
  const k = SCALE[size];
  const px = (n: number) => `${Math.round(n * k)}px`;
  const base = `:host{all:initial !important}*{box-sizing:border-box}
.cdp-ring{position:fixed;z-index:2147483646;pointer-events:none;border-radius:8px;outline:4px solid #ffbf00;box-shadow:0 0 0 8px rgba(255,191,0,0.35)}
.cdp-card{position:fixed;z-index:2147483647;max-width:min(${px(420)},calc(100vw - 16px));font:${px(18)}/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#111;background:#fff;border:3px solid #0b3d91;border-radius:12px;box-shadow:0 6px 24px rgba(0,0,0,0.3);padding:14px 16px 12px;text-align:start}
.cdp-panel{inset-inline-end:16px;bottom:16px}
.cdp-body,.cdp-panel,.cdp-dialog{max-height:calc(100vh - 32px);overflow-y:auto}
.cdp-body{max-height:calc(100vh - 48px);padding:3px;margin:-3px}
.cdp-arrow{position:absolute;width:16px;height:16px;background:#fff;transform:rotate(45deg)}
.cdp-head{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:4px 8px;font-size:${px(18)};color:#333;margin-bottom:6px}
.cdp-progress{font-weight:700;color:#0b3d91}
.cdp-head>span+span{order:1;flex-basis:100%;font-size:${px(16)}}
.cdp-head>button{margin-inline-start:auto}
.cdp-step{display:flex;gap:12px;align-items:flex-start}
.cdp-act{flex:none;display:flex;flex-direction:column;align-items:center;min-width:${px(48)};font-size:${px(14)};font-weight:700;color:#0b3d91}
svg{width:${px(28)};height:${px(28)};fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
button svg{width:${px(22)};height:${px(22)}}
.cdp-say{margin:0 0 10px;font-size:${px(20)}}
.cdp-fr{margin:0 0 8px;font-size:${px(15)};font-style:italic;color:#444}
.cdp-resumed{margin:0 0 6px;font-weight:700;color:#0b6b2e}
.cdp-risk{margin:0 0 10px;padding:8px 10px;background:#fff4e5;border-inline-start:6px solid #b34700;border-radius:6px}
.cdp-help{margin:0 0 10px;padding:8px 10px;background:#eef3ff;border-radius:8px}
.cdp-help p{margin:0 0 6px}
.cdp-actions{display:flex;flex-wrap:wrap;gap:8px}
button{font:inherit;font-size:${px(18)};min-height:${px(44)};padding:6px 12px;border-radius:8px;cursor:pointer;border:2px solid #0b3d91;background:#fff;color:#0b3d91;display:inline-flex;align-items:center;gap:6px}
button.cdp-primary{background:#0b3d91;color:#fff}
button:disabled{opacity:0.45;cursor:default}
button:focus-visible{outline:3px solid #ffbf00;outline-offset:2px}
.cdp-backdrop{position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center}
.cdp-dialog{position:static;max-width:min(${px(520)},calc(100vw - 32px))}
.cdp-dialog-title{margin:0 0 8px;font-size:${px(22)};font-weight:700;color:#8a1c00}
.cdp-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (prefers-reduced-motion:no-preference){.cdp-ring{transition:all 120ms ease-out}.cdp-pulse{animation:cdp-pulse 1s ease-in-out infinite alternate}}
@keyframes cdp-pulse{to{box-shadow:0 0 0 16px rgba(255,191,0,.15)}}`;
  // Black background, white text, yellow for what acts or matters; borders instead of tints.
  const contrast = `
.cdp-card,.cdp-arrow{background:#000;color:#fff;border-color:#ff0}
.cdp-head,.cdp-fr{color:#fff}
.cdp-progress,.cdp-act,.cdp-resumed,.cdp-dialog-title{color:#ff0}
.cdp-risk,.cdp-help{background:#000;border:2px solid #fff}
.cdp-risk{border-inline-start:6px solid #ff0}
button{background:#000;color:#ff0;border-color:#ff0}
button.cdp-primary{background:#ff0;color:#000}
button:focus-visible{outline-color:#fff}
.cdp-backdrop{background:rgba(0,0,0,.8)}`;
  return (highContrast ? base + contrast : base).replace(/\n/g, '');
}
