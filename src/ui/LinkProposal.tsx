// The popup's answer to a session link: « Votre médiateur vous propose… » with the guide and level
// named by the link (the background parsed it), and the learner's own yes or no; or a calm
// message when the link names nothing we know. Nothing starts without the learner's click.
import { createResource, Show, type JSX } from 'solid-js';
import { guideWords, type Catalogue } from '../guide';
import type { LinkProposal as Proposal, Request, Response } from '../messaging';
import { LEARNER_CSS } from './learner-styles';
import { LEVELS } from './levels';
import { useText } from './text';

export interface LinkProposalProps {
  catalogue: Catalogue;
  windowId: () => Promise<number | undefined>;
  send: (request: Request) => Promise<Response>;
  /** A guide was started: the popup may close. */
  started: () => void;
}

export function LinkProposal(props: LinkProposalProps): JSX.Element {
  const text = useText();
  const { t } = text;
  const windowPart = async () => {
    const id = await props.windowId();
    return id !== undefined ? { windowId: id } : {};
  };
  const [proposal, { mutate }] = createResource(async (): Promise<Proposal | undefined> => {
    const response = await props.send({ type: 'link/get', ...(await windowPart()) });
    return response.ok ? response.proposal : undefined;
  });
  const guide = () => {
    const p = proposal();
    return p?.kind === 'proposal' ? props.catalogue.guides.find((g) => g.id === p.guideId) : undefined;
  };
  const level = () => {
    const p = proposal();
    return p?.kind === 'proposal' ? LEVELS.find((l) => l.id === p.level) : undefined;
  };
  const dismiss = async () => {
    await props.send({ type: 'link/dismiss', ...(await windowPart()) });
    mutate(undefined);
  };
  const accept = async () => {
    const p = proposal();
    if (p?.kind !== 'proposal') return;
    const response = await props.send({
      type: 'session/start',
      guideId: p.guideId,
      level: p.level,
      ...(await windowPart()),
    });
    if (response.ok) props.started();
  };

  return (
    <div class="popup-extra">
      <style>{LEARNER_CSS}</style>
      <Show when={proposal()?.kind === 'invalid'}>
        <section class="proposal invalid" role="status" data-testid="link-invalid">
          <p>
            <strong>{t('popup.link.invalid')}</strong>
          </p>
          <p>{t('popup.link.nothingStarted')}</p>
          <p>{t('popup.link.askNew')}</p>
          <div class="proposal-actions">
            <button type="button" onClick={() => void dismiss()}>
              {t('popup.link.ok')}
            </button>
          </div>
        </section>
      </Show>
      <Show when={guide()}>
        {(g) => (
          <section class="proposal" aria-labelledby="proposal-title" data-testid="link-proposal">
            <h2 id="proposal-title">{t('popup.link.proposed')}</h2>
            <p class="running-title" lang={guideWords(g(), text.language).lang} dir="auto">
              {guideWords(g(), text.language).title}
            </p>
            <Show when={level()}>{(l) => <p>{`${t(l().title)} ${t(l().help)}`}</p>}</Show>
            <p>{t('popup.link.question')}</p>
            <div class="proposal-actions">
              <button type="button" class="accept" onClick={() => void accept()}>
                {t('popup.link.start')}
              </button>
              <button type="button" onClick={() => void dismiss()}>
                {t('popup.link.decline')}
              </button>
            </div>
          </section>
        )}
      </Show>
    </div>
  );
}
