// Held actions: a risky click or form submission is stopped in the capture phase until the
// learner confirms in our dialog; then it is replayed here. Every guard lets a replay through,
// so one confirmation is enough even when a guide step and a built-in rule both hold it.

let replaying = false;

/** True while an action the learner confirmed is being replayed. */
export function isReplaying(): boolean {
  return replaying;
}

/** Stops a trusted event before the page sees it. */
export function hold(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** Does again what the learner confirmed: the click on `origin`, or sending its form. */
export function replay(type: string, origin: EventTarget | undefined, submitter?: HTMLElement | null): void {
  replaying = true;
  try {
    // Duck-typed: a node of a same-origin iframe belongs to another realm.
    if (type === 'submit' && origin && 'requestSubmit' in origin)
      (origin as HTMLFormElement).requestSubmit(submitter ?? undefined);
    else if (origin && 'click' in origin) (origin as HTMLElement).click();
  } finally {
    replaying = false;
  }
}
