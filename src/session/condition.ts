// Page conditions (`when` of conditional steps and interruptions): does the page show this
// address, element or text? Checked once, or watched for a lifetime with the locator's watcher.
import type { Condition, SimpleCondition, Target } from '../guide';
import { locate, watchTarget } from '../locate';
import { matchAnyUrlPattern } from '../shared/url-pattern';

function targetOf(condition: Exclude<SimpleCondition, { kind: 'url' }>): Target {
  return condition.kind === 'text' ? { any: [{ kind: 'text', text: condition.text }] } : condition.target;
}

function parts(condition: Condition): SimpleCondition[] {
  return condition.kind === 'any' || condition.kind === 'all' ? condition.of : [condition];
}

function combine(condition: Condition, held: readonly boolean[]): boolean {
  return condition.kind === 'all' ? held.every(Boolean) : held.some(Boolean);
}

function holdsNow(part: SimpleCondition, doc: Document): boolean {
  switch (part.kind) {
    case 'url':
      return matchAnyUrlPattern(part.url, doc.location.href);
    case 'visible':
    case 'text':
      return locate(targetOf(part), doc).status === 'found';
    case 'gone':
      return locate(targetOf(part), doc).status !== 'found';
  }
}

/** Does the page show this now? */
export function conditionHolds(condition: Condition, doc: Document): boolean {
  return combine(
    condition,
    parts(condition).map((part) => holdsNow(part, doc)),
  );
}

/** Calls `onChange` with the first answer and then whenever it changes, until `signal` aborts. */
export function watchCondition(
  condition: Condition,
  doc: Document,
  signal: AbortSignal,
  onChange: (holds: boolean) => void,
): void {
  const list = parts(condition);
  const held = list.map((part) => part.kind === 'url' && matchAnyUrlPattern(part.url, doc.location.href));
  let last: boolean | undefined;
  let ready = false;
  const report = () => {
    const now = combine(condition, held);
    if (!ready || now === last || signal.aborted) return;
    last = now;
    onChange(now);
  };
  // An address part is looked at again when the address may have changed: a single-page app's
  // route change (history, hash, Navigation API) or any change the other parts see.
  const addressNow = () => {
    list.forEach((part, i) => {
      if (part.kind === 'url') held[i] = matchAnyUrlPattern(part.url, doc.location.href);
    });
  };
  list.forEach((part, i) => {
    if (part.kind === 'url') return;
    watchTarget(targetOf(part), doc, {
      signal,
      onResult: (result) => {
        held[i] = (result.status === 'found') === (part.kind !== 'gone');
        addressNow();
        report();
      },
    });
  });
  if (list.some((part) => part.kind === 'url')) {
    const win = doc.defaultView;
    const onAddress = () => {
      addressNow();
      report();
    };
    win?.addEventListener('popstate', onAddress, { signal });
    win?.addEventListener('hashchange', onAddress, { signal });
    const navigation = (win as { navigation?: EventTarget } | null)?.navigation;
    navigation?.addEventListener('currententrychange', onAddress, { signal });
  }
  ready = true;
  report();
}
