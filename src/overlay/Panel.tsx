// The calm corner panel used when there is nothing to point at: the element is not found, the
// step happens on another page, or the guide is finished. It never points at anything.
import { createSignal, Show, type JSX } from 'solid-js';
import { HelpActions } from './HelpActions';
import { t } from './look';
import { StepCard } from './StepCard';
import type { OverlayAction, OverlayView } from './view';

type PanelView = Exclude<OverlayView, { kind: 'none' } | { kind: 'step' }>;

export function Panel(props: { view: PanelView; onAction: (action: OverlayAction) => void }): JSX.Element {
  const [help, setHelp] = createSignal(false);
  return (
    <div
      class="cdp-card cdp-panel"
      data-cdp="panel"
      data-kind={props.view.kind}
      role="region"
      aria-label="Coup de pouce"
    >
      <Show when={props.view.kind === 'finished' && props.view}>
        {(view) => (
          <>
            <p class="cdp-say" data-cdp="say">
              {t('finished', { title: view().guideTitle })}
            </p>
            <div class="cdp-actions">
              <button type="button" class="cdp-primary" data-cdp="close" on:click={() => props.onAction('quit')}>
                {t('close')}
              </button>
            </div>
          </>
        )}
      </Show>
      <Show when={props.view.kind !== 'finished' && props.view.kind !== 'searching' && props.view}>
        {(view) => (
          <StepCard info={view().info} onAction={props.onAction} onHelp={() => setHelp(true)}>
            <Show when={view().kind !== 'note'}>
              <div class="cdp-help" data-cdp="not-found">
                <Show
                  when={view().kind === 'elsewhere'}
                  fallback={
                    <>
                      <p>
                        {view().info.targetName
                          ? t('missingNamed', { name: view().info.targetName ?? '' })
                          : t('missing')}
                      </p>
                      <p>{t('loading')}</p>
                    </>
                  }
                >
                  <p>{t('elsewhere')}</p>
                </Show>
                {/* Not found: the ways forward are offered at once, never an endless wait. */}
                <Show when={help() || view().kind === 'not-found'}>
                  <Show when={view().info.index > 0 && !view().info.interruption}>
                    <p>{t('goBack')}</p>
                  </Show>
                  <HelpActions info={view().info} onAction={props.onAction} />
                </Show>
              </div>
            </Show>
            <Show when={view().kind === 'note' && help()}>
              <div class="cdp-help" data-cdp="help">
                <HelpActions info={view().info} onAction={props.onAction} />
              </div>
            </Show>
          </StepCard>
        )}
      </Show>
    </div>
  );
}
