// The genuine-site warning page's content: which site the address imitates and why, a big link to
// the genuine site, « Continuer quand même » behind a second confirmation, and where to report.
// In the learner's language; the verdict is computed by the caller (src/risk), this only shows it.
import { createEffect, createSignal, For, Show } from 'solid-js';
import type { Language } from '../i18n';
import type { Reason } from '../risk';
import { Rich, useText } from './text';
import { reasonSentences } from './warning-reasons';
import { WARNING_CSS } from './warning-styles';

export type WarningView =
  | {
      kind: 'warning';
      /** "le vrai site de la Caf", in French: read after « ce site n'est peut-être pas » and « Aller sur ». */
      site: string;
      genuineUrl: string;
      /** The host the learner was sent to, shown as text. */
      address: string;
      /** Why the address looks like an imitation, most telling first. */
      reasons: Reason[];
      /** The address's real registrable name ("secure-x.com"), named by some reasons. */
      domain: string;
    }
  | { kind: 'nothing' };

export interface SiteWarningProps {
  view: WarningView;
  /** Allows the site for this session and goes there; called only after the second, real click. */
  onContinue: () => Promise<void>;
  /** Notes « Aller sur le vrai site » for the session report before the link is followed. */
  onGenuine?: () => Promise<void>;
}

function Report() {
  const { t } = useText();
  return (
    <section class="report" aria-labelledby="report-title">
      <h2 id="report-title">{t('warning.report.title')}</h2>
      <ul>
        <li>{t('warning.report.sms')}</li>
        <li>
          <Rich
            text={t('warning.report.email')}
            parts={{ link: () => <a href="https://www.signal-spam.fr/">signal-spam.fr</a> }}
          />
        </li>
        <li>
          <Rich
            text={t('warning.report.site')}
            parts={{
              link: () => <a href="https://www.internet-signalement.gouv.fr/">internet-signalement.gouv.fr</a>,
            }}
          />
        </li>
        <li>
          <Rich
            text={t('warning.report.phone')}
            parts={{
              phone: () => (
                <a href="tel:0805805817" dir="ltr">
                  0 805 805 817
                </a>
              ),
            }}
          />
        </li>
      </ul>
    </section>
  );
}

/** How the page names the genuine site: the data's own French words (« le vrai site de la Caf »),
 * or, in a language the data does not speak, the genuine site's address (www.caf.fr). */
function siteName(language: Language, warning: { site: string; genuineUrl: string }): string {
  switch (language) {
    case 'fr':
      return warning.site;
    case 'en':
    case 'ar':
      return URL.canParse(warning.genuineUrl) ? new URL(warning.genuineUrl).hostname : warning.site;
  }
}

export function SiteWarning(props: SiteWarningProps) {
  const text = useText();
  const t = text.t;
  createEffect(() => (document.title = t('warning.pageTitle')));
  const [confirming, setConfirming] = createSignal(false);
  const [leaving, setLeaving] = createSignal(false);
  let continueButton: HTMLButtonElement | undefined;
  const view = () => (props.view.kind === 'warning' ? props.view : undefined);

  const ask = () => {
    setConfirming(true);
    document.getElementById('confirm-title')?.focus();
  };
  const cancel = () => {
    setConfirming(false);
    continueButton?.focus();
  };
  const confirm = (event: MouseEvent) => {
    // Only the learner's own click counts (docs/security.md): nothing scripted may confirm.
    if (!event.isTrusted || leaving()) return;
    setLeaving(true);
    void props.onContinue().catch(() => setLeaving(false));
  };

  return (
    <main>
      <style>{WARNING_CSS}</style>
      <Show
        when={view()}
        fallback={
          <>
            <h1>{t('warning.nothingTitle')}</h1>
            <p>{t('warning.nothingText')}</p>
          </>
        }
      >
        {(warning) => (
          <>
            <h1>
              <span class="sign" aria-hidden="true">
                ⚠
              </span>
              <Rich text={t('warning.title')} parts={{ site: () => <bdi>{siteName(text.language, warning())}</bdi> }} />
            </h1>
            <p class="address">
              <Rich
                text={t('warning.address')}
                parts={{
                  address: () => (
                    <strong>
                      <bdi>{warning().address}</bdi>
                    </strong>
                  ),
                }}
              />
            </p>
            <ul class="why">
              <For each={reasonSentences(t, warning().reasons, warning().domain)}>{(reason) => <li>{reason}</li>}</For>
            </ul>
            <p class="advice">{t('warning.advice')}</p>
            <div class="actions">
              <a
                class="primary"
                href={warning().genuineUrl}
                onClick={(event) => {
                  const note = props.onGenuine;
                  if (!note) return;
                  // The note first (this page is left at once), then the same link.
                  event.preventDefault();
                  const url = warning().genuineUrl;
                  void note()
                    .catch(() => undefined)
                    .then(() => location.assign(url));
                }}
              >
                {/* One flex item: the words and the site's name stay one line of text. */}
                <span>
                  <Rich
                    text={t('warning.goGenuine')}
                    parts={{ site: () => <bdi>{siteName(text.language, warning())}</bdi> }}
                  />
                </span>
              </a>
              <Show
                when={confirming()}
                fallback={
                  <button type="button" class="secondary" ref={continueButton} onClick={ask}>
                    {t('warning.continueAnyway')}
                  </button>
                }
              >
                <section class="confirm" aria-labelledby="confirm-title">
                  <h2 id="confirm-title" tabIndex={-1}>
                    {t('warning.sure')}
                  </h2>
                  <p>{t('warning.danger')}</p>
                  <button type="button" class="danger" disabled={leaving()} onClick={confirm}>
                    {t('warning.confirm')}
                  </button>
                  <button type="button" class="secondary" onClick={cancel}>
                    {t('warning.cancel')}
                  </button>
                </section>
              </Show>
            </div>
            <Report />
          </>
        )}
      </Show>
    </main>
  );
}
