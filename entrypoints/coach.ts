// Content script on guided sites: composition only. It uses the browser's native runtime
// (src/messaging/native-runtime.ts), not the polyfill, to stay within its size budget. Asks the background for the window's
// session, runs the current step with the session room, renders with the overlay room. Does
// nothing else when no guide is active: no observer, no timer. Built as an unlisted script and
// declared in the manifest by wxt.config.ts, so WXT's content-script context (whose teardown a
// page can forge, see docs/security.md) is not involved; our lifetime ends only when the extension
// context is really gone.
import { isSessionPush, nativeRuntime, type Request, type Response } from '../src/messaging';
import { mountOverlay, setLook, type OverlayAction } from '../src/overlay';
import type { Risk, RiskRule } from '../src/guide';
// Deep import on purpose: src/risk/index.ts also holds the genuine-site check (tldts).
import { guardPage } from '../src/risk/guard';
import { createStepRunner, watchAddress, type RunnerSnapshot } from '../src/session';

export default defineUnlistedScript({
  main() {
    const life = new AbortController();
    const runtime = nativeRuntime();
    const send = async (request: Request): Promise<RunnerSnapshot | null | undefined> => {
      try {
        const response = (await runtime.sendMessage(request)) as Response | undefined;
        if (response?.ok && response.rules) rules = response.rules;
        if (response?.ok && response.look) setLook(response.look);
        return response?.ok ? response.snapshot : undefined;
      } catch {
        // The extension was reloaded or removed: this copy is orphaned, so it removes its UI.
        if (runtime.id === undefined) life.abort();
        return undefined;
      }
    };

    /** The built-in risk rules of this page, sent with the session (none until then). */
    let rules: readonly RiskRule[] = [];
    let overlay: ReturnType<typeof mountOverlay> | undefined;
    const confirm = async (risk: Risk) => {
      overlay ??= mountOverlay(document, life.signal, onAction);
      const yes = await overlay.ask(risk);
      // For the counsellor's report: which rule (or this step's risk) and the answer, nothing else.
      void send({ type: 'risk/answer', rule: risk.rule, yes });
      return yes;
    };
    guardPage({ doc: document, signal: life.signal, rules: () => rules, confirm });
    let guideLife: AbortController | undefined;
    let elsewhere = false;
    const onAction = (action: OverlayAction) => {
      switch (action) {
        case 'back':
          runner.learnerMoved();
          void send({ type: 'session/back' }).then((s) => s !== undefined && runner.update(s));
          return;
        case 'restart':
          void send({ type: 'session/restart' }).then((s) => s !== undefined && runner.update(s));
          return;
        case 'quit':
        case 'close':
          void send({ type: 'session/quit' }).then(() => runner.update(null));
          return;
        case 'skip':
          runner.skip();
          return;
        case 'help':
          runner.help();
          return;
        case 'ask':
          runner.ask();
          return;
        case 'hidden':
          void send({ type: 'coach/hidden' });
          return;
      }
    };
    const runner = createStepRunner({
      doc: document,
      signal: life.signal,
      onView(view) {
        elsewhere = view.kind === 'elsewhere';
        if (view.kind !== 'none') overlay ??= mountOverlay(document, life.signal, onAction);
        overlay?.show(view);
        // Single-page apps change the address without loading a page: re-evaluate the step then.
        // Only while a guide runs; nothing at all otherwise.
        if (view.kind === 'none') {
          guideLife?.abort();
          guideLife = undefined;
        } else if (!guideLife) {
          guideLife = new AbortController();
          const guide = guideLife.signal;
          life.signal.addEventListener('abort', () => guideLife?.abort(), { once: true, signal: guide });
          watchAddress(window, guide, () => runner.refresh());
          // A port open while a guide runs: when the extension is reloaded or updated it
          // disconnects, and this orphaned copy removes its UI at once. (It also closes when the
          // service worker stops; then it is opened again a little later.)
          const openPort = () => {
            if (guide.aborted) return;
            let port: ReturnType<typeof runtime.connect>;
            try {
              port = runtime.connect({ name: 'coach' });
            } catch {
              life.abort(); // "Extension context invalidated": this copy is orphaned
              return;
            }
            port.onDisconnect.addListener(() => {
              if (runtime.id === undefined) life.abort();
              else if (!guide.aborted) {
                const retry = setTimeout(openPort, 2000);
                guide.addEventListener('abort', () => clearTimeout(retry), { once: true });
              }
            });
            guide.addEventListener('abort', () => port.disconnect(), { once: true });
          };
          openPort();
        }
      },
      onStepDone(guideId, stepId) {
        void send({ type: 'session/step-done', guideId, stepId });
      },
      onJump(guideId, stepId) {
        void send({ type: 'session/jump', guideId, stepId }).then((s) => s !== undefined && runner.update(s));
      },
      onSkip(guideId, stepId) {
        void send({ type: 'session/skip', guideId, stepId }).then((s) => s !== undefined && runner.update(s));
      },
      confirm,
      onDiagnostic(record) {
        // Never the page's address: the background notes the step's page pattern from the guide.
        void send({ type: 'diagnostic/record', ...record });
      },
    });

    const onPush = (message: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id === runtime.id && sender.tab === undefined && isSessionPush(message)) {
        // A new look (language, text size…): the coach is drawn again where it stands.
        if (message.look) {
          setLook(message.look);
          runner.refresh(message.snapshot);
        } else runner.update(message.snapshot);
      }
    };
    runtime.onMessage.addListener(onPush);
    life.signal.addEventListener('abort', () => runtime.onMessage.removeListener(onPush), { once: true });

    // Asks where the learner is and looks at this page afresh (load, bfcache, tab shown again).
    const sync = () => void send({ type: 'session/get' }).then((s) => s !== undefined && runner.refresh(s));
    // Back/forward cache restores a frozen page: ask again where the learner is.
    window.addEventListener('pageshow', (event) => event.persisted && sync(), { signal: life.signal });
    // Back to this tab (focus, or a first click where the step is elsewhere): the learner may have
    // moved on in another tab; look again, and resync here if this page shows a step.
    window.addEventListener('focus', sync, { signal: life.signal });
    window.addEventListener('pointerdown', () => elsewhere && sync(), {
      capture: true,
      passive: true,
      signal: life.signal,
    });
    sync();
  },
});
