// A warning right after a dangerous link in a webmail message (src/mail-links): our own closed
// shadow root, so the message's styles cannot change it; the text goes in as text. When the
// message's styles still hide or cut it (an ancestor's overflow, size, opacity, clip), the
// warning is shown at the top of the page instead, in a band of our own. Removed with its
// lifetime. `data-cdp` names are for the browser tests (tests/support).
import { createSignal, For } from 'solid-js';
import { render } from 'solid-js/web';

const NOTE =
  '.cdp-link{display:flex;gap:8px;max-width:640px;font:17px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;' +
  'color:#111;background:#fff4e5;border:3px solid #b34700;border-radius:10px;padding:8px 12px}' +
  '.cdp-icon{font-size:22px;line-height:1.2}.cdp-text{margin:0}';
const CSS = ':host{all:initial !important}:host{display:block !important;margin:6px 0 10px !important}' + NOTE;
// The band at the top: above the page (last child of <html>, highest layer), full width.
const TOP_CSS =
  ':host{all:initial !important}:host{display:block !important;position:fixed !important;top:0 !important;' +
  'left:0 !important;right:0 !important;z-index:2147483647 !important}' +
  '.cdp-top{display:grid;gap:6px;padding:8px;background:#fff;box-shadow:0 2px 8px rgba(0,0,0,.35)}' +
  NOTE +
  '.cdp-link{max-width:none}';

function LinkWarning(props: { text: string; where: 'inline' | 'top' }) {
  return (
    <div
      class="cdp-link"
      role="note"
      aria-label="Coup de pouce : lien dangereux"
      data-cdp="link-warning"
      data-where={props.where}
    >
      <span class="cdp-icon" aria-hidden="true">
        ⚠️
      </span>
      <p class="cdp-text" data-cdp="link-text">
        {props.text}
      </p>
    </div>
  );
}

function shadowHost(doc: Document, name: string, css: string): { host: HTMLElement; mountPoint: HTMLElement } {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mountPoint = doc.createElement('div');
  shadow.append(style, mountPoint);
  return { host, mountPoint };
}

export interface LinkMarker {
  /** Our element after the link (to check whether the learner can see it). */
  host: Element;
  remove(): void;
}

/** Puts `text` right after `link` until `signal` aborts or `remove()`. */
export function mountLinkMarker(link: Element, text: string, signal: AbortSignal): LinkMarker {
  const { host, mountPoint } = shadowHost(link.ownerDocument, 'coup-de-pouce-lien', CSS);
  const dispose = render(() => <LinkWarning text={text} where="inline" />, mountPoint);
  link.after(host);
  const remove = () => {
    signal.removeEventListener('abort', remove);
    dispose();
    host.remove();
  };
  signal.addEventListener('abort', remove, { once: true });
  return { host, remove };
}

export interface TopWarnings {
  /** Shows `text` for `link` at the top of the page (once per link). */
  add(link: Element, text: string): void;
  /** Drops the warnings of links no longer on the page (a message swapped away). */
  prune(): void;
}

/** The band at the top of the page, mounted while it holds a warning, until `signal` aborts. */
export function mountTopWarnings(doc: Document, signal: AbortSignal): TopWarnings {
  const [shown, setShown] = createSignal<readonly { link: Element; text: string }[]>([]);
  const { host, mountPoint } = shadowHost(doc, 'coup-de-pouce-lien', TOP_CSS);
  const dispose = render(
    () => (
      <div class="cdp-top" data-cdp="link-top">
        <For each={shown()}>{(item) => <LinkWarning text={item.text} where="top" />}</For>
      </div>
    ),
    mountPoint,
  );
  // A page that removes or moves the band gets it put back on top.
  const place = () => {
    if (!shown().length) host.remove();
    else if (host.parentNode !== doc.documentElement || host.nextSibling) doc.documentElement.append(host);
  };
  const keeper = new MutationObserver(place);
  keeper.observe(doc.documentElement, { childList: true });
  signal.addEventListener(
    'abort',
    () => {
      keeper.disconnect();
      dispose();
      host.remove();
    },
    { once: true },
  );
  return {
    add(link, text) {
      if (signal.aborted || shown().some((item) => item.link === link)) return;
      setShown([...shown(), { link, text }]);
      place();
    },
    prune() {
      const kept = shown().filter((item) => item.link.isConnected);
      if (kept.length === shown().length) return;
      setShown(kept);
      place();
    },
  };
}
