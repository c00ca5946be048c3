// Page side: a click on a link we marked as dangerous asks first. The learner's click (or
// middle-click) is held before the webmail sees it; only after « Je continue » in our own dialog
// is it done again (src/shared/hold). A page's synthetic click is not the learner's: not held.
import { hold, isReplaying, replay } from '../shared/hold';

export interface MarkedLinksOptions {
  doc: Document;
  signal: AbortSignal;
  /** Our warning for this link, when we marked it. */
  warningOf: (link: HTMLAnchorElement) => string | undefined;
  /** Asks the learner; true only after a real click on « Je continue ». */
  ask: (warning: string) => Promise<boolean>;
}

export function guardMarkedLinks(options: MarkedLinksOptions): void {
  const { doc, signal } = options;
  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted || isReplaying() || (event.type === 'auxclick' && event.button !== 1)) return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const warning = link && options.warningOf(link);
    if (!warning) return;
    hold(event);
    void options.ask(warning).then((yes) => {
      if (yes && link.isConnected) replay('click', link);
    });
  };
  doc.addEventListener('click', onClick, { capture: true, signal });
  doc.addEventListener('auxclick', onClick, { capture: true, signal });
}
