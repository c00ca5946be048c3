// The genuine-site warning page's stylesheet: large text (1.25 rem), strong contrast, big targets,
// a visible focus ring, one clear main action. Sizes in rem and em, so that the learner's text size
// (DISPLAY_CSS) scales everything; logical sides, so that Arabic reads right to left.
export const WARNING_CSS = `
body { margin: 0; background: #fff4f2; color: #111; }
main { max-width: 47.5rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; font: 1.25rem/1.5 system-ui, "Segoe UI", Roboto, Arial, sans-serif; }
h1 { font-size: 1.875rem; line-height: 1.3; margin: 0 0 1rem; color: #8a1500; }
h1 .sign { display: block; font-size: 2.75rem; line-height: 1; margin-bottom: 0.5rem; }
h2 { font-size: 1.5rem; margin: 0 0 0.625rem; }
p { margin: 0 0 0.875rem; }
.address { background: #fff; border: 2px solid #e0b4aa; border-radius: 10px; padding: 0.625rem 0.875rem; overflow-wrap: anywhere; }
.why { margin: 0 0 1rem; padding-inline-start: 1.5rem; }
.why li { margin-bottom: 0.375rem; }
.advice { font-weight: 700; }
.actions { display: grid; gap: 0.875rem; margin: 1.5rem 0; }
a.primary, button { font: inherit; font-weight: 700; border-radius: 12px; min-height: 3.5rem; padding: 0.75rem 1.25rem; cursor: pointer; text-align: center; }
a.primary { display: flex; align-items: center; justify-content: center; background: #0b3d91; color: #fff; text-decoration: none; border: 3px solid #0b3d91; }
button.secondary { background: #fff; color: #111; border: 2px solid #555; font-weight: 400; }
button.danger { background: #8a1500; color: #fff; border: 3px solid #8a1500; }
a:focus-visible, button:focus-visible, h2:focus-visible { outline: 4px solid #ffbf00; outline-offset: 3px; }
.confirm { background: #fff; border: 3px solid #8a1500; border-radius: 12px; padding: 1rem 1.125rem; display: grid; gap: 0.75rem; }
.confirm p { margin: 0; }
.report { border-top: 2px solid #e0b4aa; margin-top: 1.75rem; padding-top: 1.25rem; }
.report ul { margin: 0; padding-inline-start: 1.5rem; display: grid; gap: 0.5rem; }
.report a { color: #0b3d91; }
.report a[href^="tel:"] { white-space: nowrap; }
`;
