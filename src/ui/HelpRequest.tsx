// The popup's « J'ai besoin d'aide »: raises a « ? » on the toolbar of this window (the background
// keeps it on every page until someone answers) and plays a short chime, so a counsellor sees and
// hears it. Noted in the session report. The learner can take it back.
import { createResource, Show, type JSX } from 'solid-js';
import type { Request, Response } from '../messaging';
import { playChime } from './chime';
import { useText } from './text';

export interface HelpRequestProps {
  windowId: () => Promise<number | undefined>;
  send: (request: Request) => Promise<Response>;
  /** Makes the sound; a test or a silent PC may pass nothing. */
  chime?: () => void;
}

export function HelpRequest(props: HelpRequestProps): JSX.Element {
  const { t } = useText();
  const windowPart = async () => {
    const id = await props.windowId();
    return id !== undefined ? { windowId: id } : {};
  };
  const [asked, { mutate }] = createResource(async () => {
    const response = await props.send({ type: 'link/get', ...(await windowPart()) });
    return response.ok && response.help === true;
  });
  const ask = async () => {
    const response = await props.send({ type: 'help/ask', ...(await windowPart()) });
    if (!response.ok) return;
    mutate(true);
    (props.chime ?? playChime)();
  };
  const takeBack = async () => {
    const response = await props.send({ type: 'help/clear', ...(await windowPart()) });
    if (response.ok) mutate(false);
  };
  return (
    <section class="help popup-extra" aria-label={t('popup.help.label')}>
      <Show
        when={asked()}
        fallback={
          <button type="button" class="ask-help" onClick={() => void ask()}>
            {t('popup.help.ask')}
          </button>
        }
      >
        <div class="help-sent" role="status" data-testid="help-sent">
          <p>
            <strong>{t('popup.help.sent')}</strong>
          </p>
          <p>{t('popup.help.mark')}</p>
          <p>{t('popup.help.coming')}</p>
          <div class="help-actions">
            <button type="button" onClick={() => void takeBack()}>
              {t('popup.help.takeBack')}
            </button>
          </div>
        </div>
      </Show>
    </section>
  );
}
