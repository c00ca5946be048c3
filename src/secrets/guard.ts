// Page side of the secrets check: when the learner sends a form (a click on a button, Enter in a
// field), the fields' values are read in memory and classified; if one holds a watched kind of
// secret, the action is held until the learner confirms in our dialog. Values never leave here.
import { hold, isReplaying, replay } from '../shared/hold';
import { asksForCode, secretIn, type FieldInfo, type SecretKind } from './detect';

export interface SecretsGuardOptions {
  doc: Document;
  signal: AbortSignal;
  /** The kinds the background says to watch on this site (never empty here). */
  kinds: readonly SecretKind[];
  /** A genuine site asked for a one-time code minutes ago: any 6 digits count as a code here. */
  looseCode?: boolean;
  /** Asks the learner; true only after a real click on « Je continue ». */
  confirm: (kinds: SecretKind[]) => Promise<boolean>;
}

const BUTTONS = 'button, input[type=submit], input[type=button], input[type=image], [role=button]';

function describe(input: HTMLInputElement): FieldInfo {
  const labels = input.labels ? Array.from(input.labels, (label) => label.textContent ?? '') : [];
  const hints = [input.name, input.id, input.placeholder, input.getAttribute('aria-label') ?? '', ...labels];
  return { type: input.type, autocomplete: input.autocomplete, hints: hints.join(' '), value: input.value };
}

/** The watched kinds found in the fields of `form`, or of the whole page for a form-less app. */
function secretsIn(scope: ParentNode, watched: ReadonlySet<SecretKind>, looseCode: boolean): SecretKind[] {
  const found = new Set<SecretKind>();
  for (const input of scope.querySelectorAll('input')) {
    const kind = secretIn(describe(input), looseCode);
    if (kind && watched.has(kind)) found.add(kind);
  }
  return [...found];
}

export function guardSecrets(options: SecretsGuardOptions): void {
  const { doc, signal } = options;
  const watched = new Set(options.kinds);
  /** Kinds the learner already agreed to send to this page: not asked again. */
  const agreed = new Set<SecretKind>();
  const check = (event: Event, scope: ParentNode, again: () => void) => {
    const kinds = secretsIn(scope, watched, options.looseCode === true).filter((kind) => !agreed.has(kind));
    if (!kinds.length) return;
    hold(event);
    void options.confirm(kinds).then((yes) => {
      if (!yes) return;
      for (const kind of kinds) agreed.add(kind);
      again();
    });
  };
  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted || isReplaying()) return;
    const origin = event.composedPath()[0];
    const button = origin instanceof Element ? origin.closest<HTMLElement>(BUTTONS) : null;
    if (!button) return;
    const form = 'form' in button ? (button as HTMLButtonElement).form : button.closest('form');
    check(event, form ?? doc, () => replay('click', button));
  };
  const onSubmit = (event: SubmitEvent) => {
    if (!event.isTrusted || isReplaying() || !(event.target instanceof HTMLFormElement)) return;
    const form = event.target;
    check(event, form, () => replay('submit', form, event.submitter));
  };
  // Enter in a field outside any form: the page sends it by script; once agreed, Enter again works.
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key !== 'Enter' || isReplaying()) return;
    const field = event.composedPath()[0];
    if (!(field instanceof HTMLInputElement) || field.form) return;
    check(event, doc, () => undefined);
  };
  doc.addEventListener('click', onClick, { capture: true, signal });
  doc.addEventListener('submit', onSubmit, { capture: true, signal });
  doc.addEventListener('keydown', onKey, { capture: true, signal });
}

/** On a genuine service's page: calls `report` when the learner reaches a field asking for a
 * one-time code (focus or typing; at most once a minute). Nothing about the value is read. */
export function watchCodeAsk(doc: Document, signal: AbortSignal, report: () => void): void {
  let last = -Infinity;
  const look = (target: EventTarget | null | undefined) => {
    if (!(target instanceof HTMLInputElement) || !asksForCode(describe(target))) return;
    if (Date.now() - last < 60_000) return;
    last = Date.now();
    report();
  };
  const onEvent = (event: Event) => look(event.composedPath()[0]);
  doc.addEventListener('focusin', onEvent, { capture: true, signal });
  doc.addEventListener('input', onEvent, { capture: true, signal });
  look(doc.activeElement);
}
