// Finds the one element a step points at. Every candidate is scored over all the target's
// weighted signals; only a unique visible leader, clearly ahead and above a confidence threshold,
// is "found". Ties are "ambiguous" unless the target's soft context tells them apart, a weak or
// contradicted best is "missing", and a leader that cannot be used is "hidden" with its reason:
// the coach never points at an element it is not sure of.
import { DOCUMENT_POSITION_FOLLOWING } from './dom-constants';
import type { Signal, Target } from '../guide';
import { innerRoots, type SearchRoot } from './roots';
import { resolveScope, type InScope } from './scope';
import { inContext } from './context';
import { describeSignal, evaluateSignal, LOOSE_NAME, WEIGHTS, type Hits } from './signals';

/** The tried report as text, for diagnostics and tests (kept out of the content script's hot path). */
export function describeTried(tried: readonly TriedSignal[]): (Omit<TriedSignal, 'signal'> & { signal: string })[] {
  return tried.map((t) => ({ ...t, signal: t.signal === 'within' ? 'within' : describeSignal(t.signal) }));
}

export interface TriedSignal {
  /** The signal itself, or 'within' for the scope; describeTried() turns it into text. */
  signal: Signal | 'within';
  /** How many elements this signal matched, or -1 when it could not be evaluated. */
  matches: number;
  /** Why it counted or not, for diagnostics and the « Je ne trouve pas » help. */
  note:
    | 'no element'
    | 'this element'
    | 'another element'
    | 'several elements'
    | 'invalid'
    | 'scope not found'
    | 'not checked';
}

export type HiddenReason = 'invisible' | 'disabled' | 'behind-modal';

export type LocateResult =
  | { status: 'found'; element: Element; score: number; tried: TriedSignal[] }
  | { status: 'missing'; tried: TriedSignal[]; weak?: boolean }
  | { status: 'ambiguous'; count: number; tried: TriedSignal[] }
  | { status: 'hidden'; reason: HiddenReason; tried: TriedSignal[] };

export interface LocateOptions {
  /** Whether an element can be seen; defaults to the browser's layout-based check. */
  isVisible?: (element: Element) => boolean;
  /** The step needs a click: a disabled leader is reported as hidden. */
  needsClick?: boolean;
  /** Open shadow roots and frames already found by the caller, to avoid walking the page again. */
  innerRoots?: () => (Document | ShadowRoot)[];
}

/** Below this share of the target's total signal weight, a unique best candidate is too weak. */
export const MIN_CONFIDENCE = 0.3;
/** A visible runner-up scoring at least this share of the leader's score makes the result ambiguous. */
export const CLOSE_RUNNER_UP = 0.75;

/** Layout-based visibility: rendered, not visibility:hidden or transparent, with a non-empty box. */
export function isRendered(element: Element): boolean {
  // checkVisibility is missing in older browsers; the box test below still applies there.
  if (
    typeof element.checkVisibility === 'function' &&
    !element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
  ) {
    return false;
  }
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

function isDisabled(element: Element): boolean {
  return element.matches(':disabled') || element.getAttribute('aria-disabled') === 'true';
}

/** An open modal dialog that does not contain the element makes the element unusable. */
function behindModal(element: Element, isVisible: (el: Element) => boolean): boolean {
  const doc = element.ownerDocument;
  // getElementsByTagName is a cached live list, and querySelector stops at the first match: the
  // common case (no modal at all) costs almost nothing on a large page.
  const modals: Element[] = [...doc.getElementsByTagName('dialog')].filter((d) => d.hasAttribute('open'));
  if (doc.querySelector('[aria-modal="true"]')) modals.push(...doc.querySelectorAll('[aria-modal="true"]'));
  for (const modal of modals) {
    const isModal = modal.getAttribute('aria-modal') === 'true' || modal.matches(':modal');
    if (isModal && !modal.contains(element) && isVisible(modal)) return true;
  }
  return false;
}

function byDocumentOrder(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

interface Scored {
  scores: Map<Element, number>;
  matched: (Hits | 'invalid')[];
}

function score(
  signals: readonly Signal[],
  counted: readonly Signal[],
  roots: readonly SearchRoot[],
  inScope: InScope | undefined,
): Scored {
  const scores = new Map<Element, number>();
  // Elements backed by at least one firm match: a loose name alone never makes a candidate
  // (« Répondre à tous » is not « Répondre » unless another signal says so).
  const firm = new Set<Element>();
  const matched = signals.map((signal) => {
    const hits: Hits = new Map();
    for (const root of roots) {
      const found = evaluateSignal(root, signal);
      if (found === 'invalid') return 'invalid' as const;
      for (const [element, grade] of found) if (!inScope || inScope(element)) hits.set(element, grade);
    }
    if (!counted.includes(signal)) return hits;
    for (const [element, grade] of hits) {
      scores.set(element, (scores.get(element) ?? 0) + WEIGHTS[signal.kind] * grade);
      if (grade > LOOSE_NAME) firm.add(element);
    }
    return hits;
  });
  for (const element of scores.keys()) if (!firm.has(element)) scores.delete(element);
  return { scores, matched };
}

function explain(signals: readonly Signal[], matched: Scored['matched'], chosen: Element | undefined): TriedSignal[] {
  return signals.map((signal, i) => {
    const hits = matched[i] ?? new Map<Element, number>();
    const base = { signal };
    if (hits === 'invalid') return { ...base, matches: -1, note: 'invalid' };
    const note: TriedSignal['note'] =
      hits.size === 0
        ? 'no element'
        : chosen && hits.has(chosen)
          ? hits.size === 1
            ? 'this element'
            : 'several elements'
          : hits.size === 1
            ? 'another element'
            : 'several elements';
    return { ...base, matches: hits.size, note };
  });
}

/**
 * A leader carried by one kind of signal when the target names three or more, while another
 * visible element holds one of the signals: the page disagrees with itself (a nav link lost its
 * address and a footer copy kept it), so nothing is pointed at.
 */
function contradicted(
  signals: readonly Signal[],
  counted: readonly Signal[],
  matched: Scored['matched'],
  leader: Element,
  isVisible: (el: Element) => boolean,
): boolean {
  const kindOf = (s: Signal) => (counted.includes(s) ? s.kind : 'id');
  if (new Set(signals.map(kindOf)).size < 3) return false;
  const kinds = new Set(signals.filter((_, i) => (matched[i] as Hits).has?.(leader)).map(kindOf));
  return (
    kinds.size === 1 &&
    matched.some((hits) => hits !== 'invalid' && [...hits.keys()].some((el) => el !== leader && isVisible(el)))
  );
}

/** `css: "#x"` beside `id: x` is one fact written twice: it counts once (as the id), or a copy
 * that kept the id would outvote the right element that kept its name. */
function unique(signals: readonly Signal[]): Signal[] {
  return signals.filter((s) => s.kind !== 'css' || !signals.some((t) => t.kind === 'id' && s.css === `#${t.id}`));
}

export function locate(target: Target, root: SearchRoot, options: LocateOptions = {}): LocateResult {
  const isVisible = options.isVisible ?? isRendered;
  const scopeMissing = (): LocateResult => ({
    status: 'missing',
    tried: [
      { signal: 'within', matches: 0, note: 'scope not found' },
      ...target.any.map((signal) => ({ signal, matches: 0, note: 'not checked' as const })),
    ],
  });

  let inScope: InScope | undefined;
  if (target.within) {
    const within = target.within;
    inScope = resolveScope(within, root, (r) => {
      if (within.kind !== 'target') return undefined;
      const found = locate(within.target, r, { isVisible });
      return found.status === 'found' ? found.element : undefined;
    });
    if (!inScope) return scopeMissing();
  }

  // Light DOM first; open shadow roots and same-origin frames only when it has nothing.
  // `css: "#x"` beside `id: x` counts once: computed here, once per search.
  const counted = unique(target.any);
  let scored = score(target.any, counted, [root], inScope);
  if (scored.scores.size === 0) {
    const inner = options.innerRoots ? options.innerRoots() : innerRoots(root);
    if (inner.length) scored = score(target.any, counted, [root, ...inner], inScope);
  }
  const { scores, matched } = scored;
  if (scores.size === 0) return { status: 'missing', tried: explain(target.any, matched, undefined) };

  const total = counted.reduce((sum, signal) => sum + WEIGHTS[signal.kind], 0);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const best = ranked[0]?.[1] ?? 0;
  const leaders = ranked.filter(([, s]) => s === best).map(([el]) => el);
  let visible = leaders.filter(isVisible);
  const context = target.context;
  const fits = context && inContext(context, root);

  if (target.nth !== undefined) {
    // nth names one of several equal candidates; when there are fewer, it names nothing.
    const pick = visible.sort(byDocumentOrder)[target.nth - 1];
    if (!pick) return { status: 'missing', tried: explain(target.any, matched, undefined) };
    visible = [pick];
  } else {
    // Close candidates (ties, or a runner-up near the leader) are told apart only by the soft
    // context, and only in favour of a leader: the one that sits where the target says.
    const close = ranked.filter(([el, s]) => s >= best * CLOSE_RUNNER_UP && isVisible(el)).map(([el]) => el);
    if (close.length > 1) {
      const marks = close.map((el) => (fits ? fits(el, close) : 0));
      const top = Math.max(...marks);
      const placed = top > 0 ? close.filter((_, i) => marks[i] === top) : [];
      const only = placed.length === 1 ? placed[0] : undefined;
      if (!only || !visible.includes(only))
        return { status: 'ambiguous', count: close.length, tried: explain(target.any, matched, undefined) };
      visible = [only];
    }
  }
  const element = visible[0];
  const tried = explain(target.any, matched, element);
  if (!element) return { status: 'hidden', reason: 'invisible', tried };
  if (best / total < MIN_CONFIDENCE) return { status: 'missing', weak: true, tried };
  if (target.nth === undefined && contradicted(target.any, counted, matched, element, isVisible))
    return { status: 'missing', weak: true, tried };
  if (fits?.outside(element)) return { status: 'missing', weak: true, tried };
  if (options.needsClick && isDisabled(element)) return { status: 'hidden', reason: 'disabled', tried };
  if (behindModal(element, isVisible)) return { status: 'hidden', reason: 'behind-modal', tried };
  return { status: 'found', element, score: best / total, tried };
}
