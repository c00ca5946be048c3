// Page side of the secrets check: when the learner sends a form (a click on a button, Enter in a
// field), the fields the learner filled are classified in memory; if one holds a watched kind of
// secret, the action is held until the learner confirms in our dialog. Values never leave here.
// Only a visible field the learner really typed or pasted into counts (trusted input events), so
// a page can neither plant a value nor hide a field to set our dialog off; forms inside open
// shadow roots are followed (their submit events stay inside: we listen at those roots too).
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

/** Can the learner see this field? Not hidden, transparent, or shrunk to a dot. */
export function isVisibleField(field: Element): boolean {
  const box = field.getBoundingClientRect();
  if (box.width < 4 || box.height < 4) return false;
  // Both spellings: the older names are the only ones some supported browsers know.
  return field.checkVisibility({
    checkOpacity: true,
    checkVisibilityCSS: true,
    opacityProperty: true,
    visibilityProperty: true,
  });
}

/** The input an event really started on (inside open shadow roots too), or undefined. */
function fieldOf(event: Event): HTMLInputElement | undefined {
  const origin = event.composedPath()[0];
  return origin instanceof HTMLInputElement ? origin : undefined;
}

export function guardSecrets(options: SecretsGuardOptions): void {
  const { doc, signal } = options;
  const watched = new Set(options.kinds);
  const looseCode = options.looseCode === true;
  /** Kinds the learner already agreed to send to this page: not asked again. */
  const agreed = new Set<SecretKind>();
  /** The fields the learner filled while they were visible, with the kind of secret their value
   * had then (never the value). A page that changes the value afterwards changes its kind. */
  const filled = new Map<HTMLInputElement, SecretKind | undefined>();
  const onFilled = (event: Event) => {
    const field = fieldOf(event);
    if (!event.isTrusted || !field) return;
    if (isVisibleField(field)) filled.set(field, secretIn(describe(field), looseCode));
    else filled.delete(field);
  };
  /** The watched kinds the learner put in the fields of `form`, or of the whole page (form-less app). */
  const secretsIn = (form: HTMLFormElement | undefined): SecretKind[] => {
    const found = new Set<SecretKind>();
    for (const [field, kind] of filled) {
      if (!field.isConnected) filled.delete(field);
      else if (kind && watched.has(kind) && (!form || field.form === form)) {
        if (secretIn(describe(field), looseCode) === kind) found.add(kind);
      }
    }
    return [...found];
  };
  const check = (event: Event, form: HTMLFormElement | undefined, again: () => void) => {
    const kinds = secretsIn(form).filter((kind) => !agreed.has(kind));
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
    check(event, form ?? undefined, () => replay('click', button));
  };
  const onSubmit = (event: Event) => {
    const form = event.composedPath()[0];
    if (!event.isTrusted || isReplaying() || !(form instanceof HTMLFormElement)) return;
    check(event, form, () => replay('submit', form, (event as SubmitEvent).submitter));
  };
  // Enter in a field outside any form: the page sends it by script; once agreed, Enter again works.
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key !== 'Enter' || isReplaying()) return;
    const field = fieldOf(event);
    if (!field || field.form) return;
    check(event, undefined, () => undefined);
  };
  // `submit` does not leave a shadow root: each open root the learner works in (seen in the path
  // of the events that do leave it) gets its own listener, for the same lifetime. (Not `change`:
  // the browser fires it, trusted, for a value the page put there after the learner typed.)
  const roots = new WeakSet<Node>();
  const listenAt = (root: Document | ShadowRoot) =>
    root.addEventListener('submit', onSubmit, { capture: true, signal });
  const onEnter = (event: Event) => {
    for (const node of event.composedPath()) {
      if (node instanceof ShadowRoot && !roots.has(node)) {
        roots.add(node);
        listenAt(node);
      }
    }
  };
  listenAt(doc);
  doc.addEventListener('focusin', onEnter, { capture: true, signal });
  doc.addEventListener('input', onEnter, { capture: true, signal });
  doc.addEventListener('input', onFilled, { capture: true, signal });
  doc.addEventListener('click', onClick, { capture: true, signal });
  doc.addEventListener('keydown', onKey, { capture: true, signal });
  signal.addEventListener('abort', () => filled.clear(), { once: true });
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
