// A small notice for the administrator or counsellor: settings of the managed policy that were
// ignored because they were malformed. Never in the learner's way: folded by default.
import { For, Show, type JSX } from 'solid-js';

export function AdminNotice(props: { notices: readonly string[] }): JSX.Element {
  return (
    <Show when={props.notices.length > 0}>
      <details class="admin-notice" data-testid="admin-notice">
        <summary>Pour l’administrateur : {props.notices.length} réglage(s) ignoré(s).</summary>
        <ul>
          <For each={props.notices}>{(notice) => <li>{notice}</li>}</For>
        </ul>
      </details>
    </Show>
  );
}
