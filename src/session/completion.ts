// Decides from a DOM event whether the current step is done. Values typed by the learner are
// read only to test them against the step's pattern, in the page, and never leave this function.
import type { Done } from '../guide';

export type CompletionEvent = 'click' | 'input' | 'change';

function isChoiceControl(element: Element): boolean {
  if (element.localName === 'select') return true;
  const type = element.localName === 'input' ? (element as HTMLInputElement).type : '';
  return type === 'radio' || type === 'checkbox';
}

function fieldValue(element: Element): string | undefined {
  if (element.localName === 'input' || element.localName === 'select' || element.localName === 'textarea') {
    return (element as HTMLInputElement).value;
  }
  if ((element as HTMLElement).isContentEditable) return element.textContent ?? '';
  return undefined;
}

/** Does this trusted event, on an element inside or equal to `target`, complete the step? */
export function completesStep(
  done: Done,
  type: CompletionEvent,
  eventPath: readonly EventTarget[],
  target: Element,
): boolean {
  if (!eventPath.includes(target)) return false;
  switch (done.kind) {
    case 'click':
      return type === 'click' || (type === 'change' && isChoiceControl(target));
    case 'input': {
      const value = fieldValue(target);
      if (value === undefined || value.trim() === '') return false;
      if (done.pattern !== undefined) return new RegExp(done.pattern, 'u').test(value.trim());
      // Without a pattern the learner may still be typing: wait until they leave the field.
      return type === 'change';
    }
    case 'url':
    case 'visible':
      return false;
  }
}
