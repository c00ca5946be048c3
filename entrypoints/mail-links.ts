// Content script on the webmails of data/mail-sites.yaml (only there: declared in the manifest by
// wxt.config.ts): composition only. Sends the host names of the opened message's links to the
// background, which judges them with the genuine-site check, and marks the dangerous ones. Kept
// apart from coach.js (size budget) and from the Public Suffix List (judged in the background).
import sites from 'virtual:mail-sites';
import type { Response } from '../src/messaging';
import { nativeRuntime } from '../src/messaging/native-runtime';
// Deep imports: the indexes also bring the coach's overlay and the background-side judge.
import { watchMailLinks } from '../src/mail-links/scan';
import { mountLinkMarker } from '../src/overlay/link-marker';
import { matchAnyUrlPattern } from '../src/shared/url-pattern';

export default defineUnlistedScript({
  main() {
    const site = sites.sites.find((s) => matchAnyUrlPattern(s.matches, location.href));
    if (!site) return;
    const life = new AbortController();
    const runtime = nativeRuntime();
    watchMailLinks({
      doc: document,
      signal: life.signal,
      site,
      async check(links) {
        try {
          const response = (await runtime.sendMessage({ type: 'links/check', links })) as Response | undefined;
          return response?.ok ? response.links : undefined;
        } catch {
          // The extension was reloaded or removed: this copy is orphaned, so it stops and removes its marks.
          if (runtime.id === undefined) life.abort();
          return undefined;
        }
      },
      mark: (link, text) => mountLinkMarker(link, text, life.signal),
    });
  },
});
