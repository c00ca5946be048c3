// Decides from a DOM event whether a step's condition is met. Values typed or chosen by the
// learner are read only to test them against the step's pattern or expected choice, in the page,
// and never leave this function.
import type { SimpleDone } from '../guide';

export type CompletionEvent = 'click' | 'input' | 'change' | 'submit';

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

/** Is the choice just made on `changed` the one the step expects? */
function chosen(done: Extract<SimpleDone, { kind: 'choose' }>, changed: Element): boolean {
  if (changed.localName === 'select')
    return done.value !== undefined && (changed as HTMLSelectElement).value === done.value;
  if (changed.localName !== 'input') return false;
  const input = changed as HTMLInputElement;
  if (input.type === 'checkbox') {
    return done.checked !== undefined ? input.checked === done.checked : input.checked && input.value === done.value;
  }
  return input.type === 'radio' && input.checked && input.value === done.value;
}

/** Does this trusted event complete the condition for the step's `target`? State conditions
 * (url, visible, gone, text) are not events and always answer false here. */
export function completesStep(
  done: SimpleDone,
  type: CompletionEvent,
  eventPath: readonly EventTarget[],
  target: Element,
): boolean {
  const origin = eventPath[0];
  switch (done.kind) {
    case 'click':
      if (!eventPath.includes(target)) return false;
      return type === 'click' || (type === 'change' && isChoiceControl(target));
    case 'submit': {
      if (type !== 'submit' || !(origin instanceof Object) || !('contains' in origin)) return false;
      const form = origin as Element;
      return form === target || form.contains(target) || target.contains(form);
    }
    case 'input': {
      if (!eventPath.includes(target)) return false;
      const value = fieldValue(target);
      if (value === undefined || value.trim() === '') return false;
      if (done.pattern !== undefined) return new RegExp(done.pattern, 'u').test(value.trim());
      // Without a pattern the learner may still be typing: wait until they leave the field.
      return type === 'change';
    }
    case 'choose':
      return (
        type === 'change' &&
        eventPath.includes(target) &&
        origin !== undefined &&
        'localName' in origin &&
        chosen(done, origin as Element)
      );
    case 'url':
    case 'visible':
    case 'gone':
    case 'text':
      return false;
  }
}
