// The target-strength rule: a step's target must not rest on one kind of signal, nor on an
// English label or an unconfirmed id alone. Real pages rename classes, swap ids for UUIDs and
// show English to some people: two independent kinds, one of them words or an address, survive.
import type { GuideSource, SignalSource, StepSource } from '../schema';

/** Independent kinds of signal: the page's structure, the words a person reads, the link's address. */
export const SIGNAL_FAMILIES = ['structure', 'words', 'address'] as const;
export type SignalFamily = (typeof SIGNAL_FAMILIES)[number];

/** The family of one signal as written in a guide (a malformed signal has none: the compiler says so). */
export function familyOf(signal: SignalSource): SignalFamily | undefined {
  if (signal.role !== undefined || signal.label !== undefined || signal.placeholder !== undefined) return 'words';
  if (signal.text !== undefined) return 'words';
  if (signal.href !== undefined) return 'address';
  if (signal.css !== undefined || signal.id !== undefined || signal.attr !== undefined || signal.tag !== undefined)
    return 'structure';
  return undefined;
}

export interface WeakTarget {
  path: (string | number)[];
  stepId: string;
  families: SignalFamily[];
}

/** What a target lacks, in words, or undefined when it is strong enough. */
export function weakness(families: readonly SignalFamily[]): string | undefined {
  const kinds = new Set(families);
  if (!kinds.has('words') && !kinds.has('address')) return 'no words (role name, label, placeholder, text) nor href';
  if (kinds.size < 2) return `only one kind of signal (${[...kinds].join('')})`;
  return undefined;
}

/** Steps (and interruptions) whose target is too weak. */
export function weakTargets(guide: GuideSource): WeakTarget[] {
  const weak: WeakTarget[] = [];
  const check = (step: StepSource, path: (string | number)[]) => {
    if (!step.target) return;
    const families = step.target.any.map(familyOf).filter((f): f is SignalFamily => f !== undefined);
    if (weakness(families)) weak.push({ path: [...path, 'target', 'any'], stepId: step.id, families });
  };
  guide.steps.forEach((item, i) => {
    if ('id' in item) check(item, ['steps', i]);
  });
  guide.interruptions?.forEach((item, i) => check(item, ['interruptions', i]));
  return weak;
}
