// How the learner's display choices show on an extension page (popup, warning page): the text size
// scales the root font (the pages' styles are in rem and em), and high contrast turns every page
// black with white text and yellow borders, links and focus. Each page adds its own boxes below.
import type { DisplayPrefs } from '../storage';

/** Marks the document with the choices; DISPLAY_CSS does the rest. */
export function applyDisplay(doc: Document, prefs: Pick<DisplayPrefs, 'size' | 'highContrast'>): void {
  doc.documentElement.dataset.size = prefs.size;
  doc.documentElement.dataset.contrast = prefs.highContrast ? 'high' : 'normal';
}

export const DISPLAY_CSS = `
html { font-size: 100%; }
html[data-size="large"] { font-size: 125%; }
html[data-size="larger"] { font-size: 150%; }
html[data-contrast="high"] { color-scheme: dark; accent-color: #ffff00; }
html[data-contrast="high"], html[data-contrast="high"] * {
  background: #000 !important; color: #fff !important; border-color: #ffff00 !important;
  box-shadow: none !important; text-shadow: none !important;
}
html[data-contrast="high"] a { color: #ffff00 !important; text-decoration: underline !important; }
html[data-contrast="high"] a * { color: #ffff00 !important; }
html[data-contrast="high"] button { border: 3px solid #ffff00 !important; }
html[data-contrast="high"] [aria-pressed="true"], html[data-contrast="high"] [aria-pressed="true"] * {
  background: #ffff00 !important; color: #000 !important;
}
html[data-contrast="high"] :focus-visible { outline: 4px solid #ffff00 !important; outline-offset: 3px !important; }
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}
`;
