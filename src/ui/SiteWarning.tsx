// The genuine-site warning page's content: which site the address imitates and why, a big link to
// the genuine site, « Continuer quand même » behind a second confirmation, and where to report.
// Plain French; the verdict is computed by the caller (src/risk), this only shows it.
import { createSignal, For, Show } from 'solid-js';
import { WARNING_CSS } from './warning-styles';

export type WarningView =
  | {
      kind: 'warning';
      /** "le vrai site de la Caf": read after « ce site n'est peut-être pas » and « Aller sur ». */
      site: string;
      genuineUrl: string;
      /** The host the learner was sent to, shown as text. */
      address: string;
      reasons: string[];
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
  return (
    <section class="report" aria-labelledby="report-title">
      <h2 id="report-title">Signaler une arnaque</h2>
      <ul>
        <li>Un SMS douteux ? Transférez-le au 33700. C'est gratuit.</li>
        <li>
          Un e-mail douteux ? Signalez-le sur <a href="https://www.signal-spam.fr/">signal-spam.fr</a>.
        </li>
        <li>
          Un faux site ? Signalez-le sur{' '}
          <a href="https://www.internet-signalement.gouv.fr/">internet-signalement.gouv.fr</a> (PHAROS).
        </li>
        <li>
          Une question sur une arnaque ? Appelez Info Escroqueries au <a href="tel:0805805817">0 805 805 817</a>. C'est
          gratuit.
        </li>
      </ul>
    </section>
  );
}

export function SiteWarning(props: SiteWarningProps) {
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
    // Only the learner's own click counts (SECURITY.md): nothing scripted may confirm.
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
            <h1>Rien à signaler.</h1>
            <p>Cette page n'a pas d'adresse à vérifier. Vous pouvez la fermer.</p>
          </>
        }
      >
        {(warning) => (
          <>
            <h1>
              <span class="sign" aria-hidden="true">
                ⚠
              </span>
              Attention : ce site n'est peut-être pas {warning().site}.
            </h1>
            <p class="address">
              Vous alliez sur : <strong>{warning().address}</strong>
            </p>
            <ul class="why">
              <For each={warning().reasons}>{(reason) => <li>{reason}</li>}</For>
            </ul>
            <p class="advice">Sur ce site, n'écrivez rien : ni mot de passe, ni code, ni carte bancaire.</p>
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
                Aller sur {warning().site}
              </a>
              <Show
                when={confirming()}
                fallback={
                  <button type="button" class="secondary" ref={continueButton} onClick={ask}>
                    Continuer quand même
                  </button>
                }
              >
                <section class="confirm" aria-labelledby="confirm-title">
                  <h2 id="confirm-title" tabIndex={-1}>
                    Êtes-vous sûr(e) ?
                  </h2>
                  <p>Ce site peut voler vos informations ou votre argent.</p>
                  <button type="button" class="danger" disabled={leaving()} onClick={confirm}>
                    Je suis sûr(e), continuer
                  </button>
                  <button type="button" class="secondary" onClick={cancel}>
                    Non, je ne continue pas
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
