// Content script on the webmails of data/mail-sites.yaml (only there: declared in the manifest by
// wxt.config.ts): composition only. Sends the host names of the opened message's links to the
// background, which judges them with the genuine-site check, and marks the dangerous ones: right
// after the link, or at the top of the page when the message's styles hide that mark; a click on
// a marked link asks first. Kept apart from coach.js (size budget) and from the Public Suffix
// List (judged in the background).
import sites from 'virtual:mail-sites';
import type { Response } from '../src/messaging';
import { nativeRuntime } from '../src/messaging/native-runtime';
// Deep imports: the indexes also bring the coach's overlay and the background-side judge.
import { guardMarkedLinks } from '../src/mail-links/click';
import { watchMailLinks } from '../src/mail-links/scan';
import { isWarningHidden } from '../src/mail-links/visible';
import { mountLinkMarker, mountTopWarnings, type LinkMarker } from '../src/overlay/link-marker';
import { setLook } from '../src/overlay/look';
import { mountQuestion } from '../src/overlay/question';
import { matchAnyUrlPattern } from '../src/shared/url-pattern';

export default defineUnlistedScript({
  main() {
    const site = sites.sites.find((s) => matchAnyUrlPattern(s.matches, location.href));
    if (!site) return;
    const life = new AbortController();
    const runtime = nativeRuntime();
    const warnings = new WeakMap<HTMLAnchorElement, string>();
    const inline = new Map<HTMLAnchorElement, LinkMarker>();
    const top = mountTopWarnings(document, life.signal);
    /** Marks the message's styles hide go to the top of the page; gone links leave it. */
    const recheck = () => {
      for (const [link, marker] of inline) {
        if (!link.isConnected) inline.delete(link);
        else if (isWarningHidden(marker.host)) {
          marker.remove();
          inline.delete(link);
          top.add(link, warnings.get(link) ?? '');
        }
      }
      top.prune();
    };
    let ask: ReturnType<typeof mountQuestion> | undefined;
    guardMarkedLinks({
      doc: document,
      signal: life.signal,
      warningOf: (link) => warnings.get(link),
      ask(warning) {
        ask ??= mountQuestion(document, life.signal);
        return ask({ level: 'danger', why: warning });
      },
    });
    watchMailLinks({
      doc: document,
      signal: life.signal,
      site,
      async check(links) {
        try {
          const response = (await runtime.sendMessage({ type: 'links/check', links })) as Response | undefined;
          if (response?.ok && response.look) setLook(response.look);
          return response?.ok ? response.links : undefined;
        } catch {
          // The extension was reloaded or removed: this copy is orphaned, so it stops and removes its marks.
          if (runtime.id === undefined) life.abort();
          return undefined;
        }
      },
      mark(link, text) {
        warnings.set(link, text);
        inline.set(link, mountLinkMarker(link, text, life.signal));
        // Once laid out: can the learner see it there?
        requestAnimationFrame(recheck);
      },
      scanned: recheck,
    });
  },
});
