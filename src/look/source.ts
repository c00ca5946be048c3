// The learner's current language and look, computed once and recomputed when their display
// choices or the administrator's policy change. The background owns one; reads are injected so
// that the worker wires storage, policy and the packaged messages.
import { chooseLanguage, loadTable, translate, type Language, type TextKey, type TextTable } from '../i18n';
import type { DisplayPrefs } from '../storage';
import { buildLook } from './build';
import type { Look } from './types';

export interface LookSourcePorts {
  readDisplay: () => Promise<DisplayPrefs>;
  policyLanguage: () => Promise<Language | undefined>;
  browserLanguage: () => string | undefined;
  readMessages: (language: Language) => Promise<unknown>;
  /** The look changed by itself (a policy read late): pages should get it again. */
  changed: () => void;
}

/** How long a page's first answer waits for the managed policy. Chrome's first read of it takes
 * about 3 s after the browser starts (measured here); a page's risk rules must not wait that long. */
export const POLICY_WAIT_MS = 200;

/** The learner's language, the overlay's look, and the whole string table (for texts the
 * background writes itself: the secrets dialog, the mail-link warnings). */
export interface LearnerLook {
  language: Language;
  look: Look;
  table: TextTable;
  /** A string of that table, placeholders filled. */
  say: (key: TextKey, values?: Readonly<Record<string, string>>) => string;
}

export interface LookSource {
  current(): Promise<LearnerLook>;
  /** Forget the computed look (the display choices or the policy changed). */
  invalidate(): void;
}

export function createLookSource(ports: LookSourcePorts): LookSource {
  let cached: Promise<LearnerLook> | undefined;
  return {
    current() {
      cached ??= (async () => {
        const policy = ports.policyLanguage().catch(() => undefined);
        const [display, early] = await Promise.all([
          ports.readDisplay(),
          Promise.race([
            policy.then((value) => ({ value })),
            new Promise<undefined>((resolve) => setTimeout(resolve, POLICY_WAIT_MS)),
          ]),
        ]);
        // Late: once the policy is known, a default language it names is taken up everywhere.
        if (!early)
          void policy.then((value) => {
            if (value !== undefined && display.language === undefined) {
              cached = undefined;
              ports.changed();
            }
          });
        const policyDefault = early?.value;
        const language = chooseLanguage(display.language, policyDefault, ports.browserLanguage());
        const table = await loadTable(language, ports.readMessages);
        return {
          language,
          look: buildLook(display, language, table),
          table,
          say: (key, values) => translate(table, key, values),
        };
      })();
      // A failed read is not kept: the next request tries again.
      cached.catch(() => (cached = undefined));
      return cached;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
