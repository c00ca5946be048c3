// The genuine-site warning page's stylesheet: large text (20 px), strong contrast, big targets,
// a visible focus ring, one clear main action.
export const WARNING_CSS = `
body { margin: 0; background: #fff4f2; color: #111; }
main { max-width: 760px; margin: 0 auto; padding: 32px 24px 48px; font: 20px/1.5 system-ui, "Segoe UI", Roboto, Arial, sans-serif; }
h1 { font-size: 30px; line-height: 1.3; margin: 0 0 16px; color: #8a1500; }
h1 .sign { display: block; font-size: 44px; line-height: 1; margin-bottom: 8px; }
h2 { font-size: 24px; margin: 0 0 10px; }
p { margin: 0 0 14px; }
.address { background: #fff; border: 2px solid #e0b4aa; border-radius: 10px; padding: 10px 14px; overflow-wrap: anywhere; }
.why { margin: 0 0 16px; padding-left: 24px; }
.why li { margin-bottom: 6px; }
.advice { font-weight: 700; }
.actions { display: grid; gap: 14px; margin: 24px 0; }
a.primary, button { font: inherit; font-weight: 700; border-radius: 12px; min-height: 56px; padding: 12px 20px; cursor: pointer; text-align: center; }
a.primary { display: flex; align-items: center; justify-content: center; background: #0b3d91; color: #fff; text-decoration: none; border: 3px solid #0b3d91; }
button.secondary { background: #fff; color: #111; border: 2px solid #555; font-weight: 400; }
button.danger { background: #8a1500; color: #fff; border: 3px solid #8a1500; }
a:focus-visible, button:focus-visible, h2:focus-visible { outline: 4px solid #ffbf00; outline-offset: 3px; }
.confirm { background: #fff; border: 3px solid #8a1500; border-radius: 12px; padding: 16px 18px; display: grid; gap: 12px; }
.confirm p { margin: 0; }
.report { border-top: 2px solid #e0b4aa; margin-top: 28px; padding-top: 20px; }
.report ul { margin: 0; padding-left: 24px; display: grid; gap: 8px; }
.report a { color: #0b3d91; }
.report a[href^="tel:"] { white-space: nowrap; }
`;
