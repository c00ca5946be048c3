// Content script on every site and in every frame, registered by the background only while the
// optional « all sites » permission is granted: composition only. Asks the background which
// kinds of secret to watch in this frame; when there are none (an official site) it does nothing
// more, except, on a genuine service's top page, saying when the page asks for a one-time code
// (no value is read).
import type { Response } from '../src/messaging';
import { nativeRuntime } from '../src/messaging/native-runtime';
// Deep imports: the indexes also bring the coach's overlay and the background-side policy.
import { mountQuestion } from '../src/overlay/question';
import { setLook } from '../src/overlay/look';
import { guardSecrets, watchCodeAsk } from '../src/secrets/guard';
import { pickSecretRisk } from '../src/secrets/explain';

export default defineUnlistedScript({
  main() {
    const runtime = nativeRuntime();
    void (async () => {
      let response: Response | undefined;
      try {
        response = (await runtime.sendMessage({ type: 'secrets/policy' })) as Response | undefined;
      } catch {
        return; // the extension was reloaded or removed
      }
      const watch = response?.ok ? response.secrets : undefined;
      if (!watch) return;
      if (response?.ok && response.look) setLook(response.look);
      const life = new AbortController();
      if (watch.codeAsk && window === window.top) {
        watchCodeAsk(document, life.signal, () => {
          runtime.sendMessage({ type: 'secrets/code-asked' }).catch(() => undefined);
        });
      }
      if (!watch.kinds.length) return;
      let ask: ReturnType<typeof mountQuestion> | undefined;
      guardSecrets({
        doc: document,
        signal: life.signal,
        kinds: watch.kinds,
        looseCode: watch.codeFor !== undefined,
        confirm(kinds) {
          ask ??= mountQuestion(document, life.signal);
          const risk = pickSecretRisk(kinds, watch.risks ?? {}, watch.codeFor !== undefined);
          // The background gives a dialog for every kind it asks to watch.
          return risk ? ask(risk) : Promise.resolve(true);
        },
      });
    })();
  },
});
