// Page side of the mail-link check: finds the links of the opened messages, sends their host
// names (never the message text) to the background in one batch, and marks the ones it warns
// about. Watches the area where the webmail swaps messages, at most one scan per frame, for the
// lifetime of `signal`; each link is judged once.
// The constant only: protocol.ts builds its schema lazily, so no zod code comes with it.
import { LINKS_PER_REQUEST } from '../messaging/protocol';
import { linkHosts, type LinkHosts } from './hosts';
import type { MailSite } from './sites';

export interface MailLinksOptions {
  doc: Document;
  signal: AbortSignal;
  site: Pick<MailSite, 'bodies' | 'area' | 'redirectors'>;
  /** The background's warnings, one per link in order (null: not marked); undefined on failure. */
  check: (links: LinkHosts[]) => Promise<readonly (string | null)[] | undefined>;
  /** Shows `text` next to `link` for the lifetime of the scan. */
  mark: (link: HTMLAnchorElement, text: string) => void;
  /** After each look at the page (the message area changed): our marks can be checked again. */
  scanned?: () => void;
}

export function watchMailLinks(options: MailLinksOptions): void {
  const { doc, signal, site } = options;
  const seen = new WeakSet<Element>();
  const send = (links: HTMLAnchorElement[], hosts: LinkHosts[]) =>
    void options.check(hosts).then((answers) => {
      if (signal.aborted) return;
      answers?.forEach((text, i) => {
        const link = links[i];
        if (text && link?.isConnected) options.mark(link, text);
      });
    });
  let frame = 0;
  const scan = () => {
    frame = 0;
    let links: HTMLAnchorElement[] = [];
    let hosts: LinkHosts[] = [];
    for (const link of doc.querySelectorAll<HTMLAnchorElement>(site.bodies.map((s) => `${s} a[href]`).join(','))) {
      if (seen.has(link)) continue;
      seen.add(link);
      const found = linkHosts(
        link.textContent ?? '',
        link.getAttribute('href') ?? '',
        doc.location.href,
        site.redirectors,
      );
      if (!found) continue;
      links.push(link);
      hosts.push(found);
      if (hosts.length === LINKS_PER_REQUEST) {
        send(links, hosts);
        links = [];
        hosts = [];
      }
    }
    if (hosts.length) send(links, hosts);
    options.scanned?.();
  };
  const schedule = () => {
    if (!frame && !signal.aborted) frame = requestAnimationFrame(scan);
  };
  const area = site.area.map((selector) => doc.querySelector(selector)).find(Boolean) ?? doc.body;
  const observer = new MutationObserver(schedule);
  observer.observe(area, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    },
    { once: true },
  );
  schedule();
}
