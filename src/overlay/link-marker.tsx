// A warning right after a dangerous link in a webmail message (src/mail-links): our own closed
// shadow root, so the message's styles cannot hide or change it; the text goes in as text.
// Removed with its lifetime. `data-cdp` names are for the browser tests (tests/support).
import { render } from 'solid-js/web';

const CSS =
  ':host{all:initial !important}:host{display:block !important;margin:6px 0 10px !important}' +
  '.cdp-link{display:flex;gap:8px;max-width:640px;font:17px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;' +
  'color:#111;background:#fff4e5;border:3px solid #b34700;border-radius:10px;padding:8px 12px}' +
  '.cdp-icon{font-size:22px;line-height:1.2}.cdp-text{margin:0}';

function LinkWarning(props: { text: string }) {
  return (
    <div class="cdp-link" role="note" aria-label="Coup de pouce : lien dangereux" data-cdp="link-warning">
      <span class="cdp-icon" aria-hidden="true">
        ⚠️
      </span>
      <p class="cdp-text" data-cdp="link-text">
        {props.text}
      </p>
    </div>
  );
}

/** Puts `text` right after `link` until `signal` aborts. */
export function mountLinkMarker(link: Element, text: string, signal: AbortSignal): void {
  const doc = link.ownerDocument;
  const host = doc.createElement('coup-de-pouce-lien');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const mountPoint = doc.createElement('div');
  shadow.append(style, mountPoint);
  const dispose = render(() => <LinkWarning text={text} />, mountPoint);
  link.after(host);
  signal.addEventListener(
    'abort',
    () => {
      dispose();
      host.remove();
    },
    { once: true },
  );
}
