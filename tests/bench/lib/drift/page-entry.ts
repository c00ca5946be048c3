// Page side of the drift benchmark, bundled by esbuild and injected into every page before its
// own scripts: the locator under test, the baseline (the step's first CSS selector alone through
// querySelector), the mutation operators and the snapshot. Node drives it via window.__cdpBench.
import { describeTried, locate, type LocateResult } from '../../../../src/locate';
import { describeSignal, evaluateSignal } from '../../../../src/locate/signals';
import { conditionHolds } from '../../../../src/session/condition';
import type { BenchApi, ElementSummary, RunRequest, RunResult, SideResult } from './bench-api';
import { insertedKind } from './dom';
import { applyOperator } from './mutations';

/** The truth is marked with an expando, not an attribute: operators remove attributes. */
interface TruthMark {
  __cdpTruth?: boolean;
}

function isTruth(element: Element): boolean {
  return (element as Element & TruthMark).__cdpTruth === true;
}

/** The baseline's notion of visible (what tour libraries check before showing a step). */
function visible(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return element.checkVisibility() && rect.width > 0 && rect.height > 0;
}

function brief(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const cls = [...el.classList].map((c) => `.${c}`).join('');
  return `${el.localName}${id}${cls}`;
}

function summarize(element: Element): ElementSummary {
  const raw =
    element instanceof HTMLInputElement || element instanceof HTMLSelectElement
      ? element.value || element.getAttribute('aria-label') || ''
      : (element.textContent ?? '');
  const path: string[] = [];
  for (let el = element.parentElement; el && path.length < 4 && el !== document.body; el = el.parentElement)
    path.unshift(brief(el));
  const kind = insertedKind(element);
  return {
    brief: brief(element),
    text: raw.replace(/\s+/g, ' ').trim().slice(0, 60),
    path: path.join(' > '),
    ...(kind ? { inserted: kind } : {}),
  };
}

function queryFirst(css: string): Element | null | 'invalid' {
  try {
    return document.querySelector(css);
  } catch {
    return 'invalid';
  }
}

/** For a wrong answer: which of the target's signals matched the chosen element, and which the
 * element the step meant (the truth), so that the cause can be read off the report. */
function whyWrong(request: RunRequest, result: Extract<LocateResult, { status: 'found' }>): string {
  const truth = [...document.querySelectorAll('*')].find(isTruth);
  const matchedBy = (el: Element | undefined) =>
    request.target.any
      .filter((signal) => {
        const found = el ? evaluateSignal(document, signal) : 'invalid';
        return found !== 'invalid' && found.has(el!);
      })
      .map(describeSignal);
  const list = (items: string[]) => (items.length ? items.join('; ') : 'nothing');
  return `score ${result.score.toFixed(2)}; chosen matched by ${list(matchedBy(result.element))}; the right element matched by ${list(matchedBy(truth))}`;
}

function locatorSide(request: RunRequest): SideResult {
  let result: LocateResult;
  try {
    result = locate(request.target, document, { needsClick: request.needsClick });
  } catch (error) {
    return { outcome: 'missing', status: 'error', detail: String(error) };
  }
  if (result.status === 'found') {
    if (isTruth(result.element)) return { outcome: 'same', status: 'found', found: summarize(result.element) };
    return { outcome: 'wrong', status: 'found', found: summarize(result.element), detail: whyWrong(request, result) };
  }
  const tried = describeTried(result.tried)
    .map((t) => `${t.signal}: ${t.matches}`)
    .join('; ');
  // Only the fields every status has are read by name: new statuses must not break the bench.
  const extra = 'count' in result ? ` (${result.count} tied)` : 'reason' in result ? ` (${result.reason})` : '';
  return { outcome: 'missing', status: result.status, detail: `${result.status}${extra} — ${tried}` };
}

function baselineSide(css: string): SideResult {
  const element = queryFirst(css);
  if (element === 'invalid') return { outcome: 'missing', status: 'none', detail: 'invalid selector' };
  if (!element) return { outcome: 'missing', status: 'none', detail: 'no match' };
  if (!visible(element)) return { outcome: 'missing', status: 'none', detail: `first match hidden: ${brief(element)}` };
  return { outcome: isTruth(element) ? 'same' : 'wrong', status: 'found', found: summarize(element) };
}

function run(request: RunRequest): RunResult {
  const truth = queryFirst(request.css);
  if (truth === 'invalid') return { ok: false, error: `invalid baseline selector ${request.css}` };
  if (!truth) return { ok: false, error: `the baseline selector ${request.css} matches nothing on the snapshot` };
  if (!visible(truth)) return { ok: false, error: `the baseline selector's first match ${brief(truth)} is hidden` };
  (truth as Element & TruthMark).__cdpTruth = true;
  const before = summarize(truth);
  const { changes, truth: after } =
    request.operator === 'none'
      ? { changes: ['none'], truth }
      : applyOperator(request.operator, document, truth, request.seed, request.target);
  // An operator that replaced the element itself (tag-swap) hands over the new one.
  (after as Element & TruthMark).__cdpTruth = true;
  if (!changes.length) return { ok: true, changes, truth: before, truthVisible: true };
  return {
    ok: true,
    changes,
    truth: before,
    truthVisible: after.isConnected && visible(after),
    locator: locatorSide(request),
    baseline: baselineSide(request.css),
  };
}

/** Form state lives in properties; the snapshot keeps it as attributes so the replay shows it. */
function writeFormState(live: Document, clone: Element): void {
  const liveFields = [...live.querySelectorAll('input, option')];
  const cloneFields = [...clone.querySelectorAll('input, option')];
  liveFields.forEach((field, i) => {
    const copy = cloneFields[i];
    if (!copy) return;
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio'))
      copy.toggleAttribute('checked', field.checked);
    if (field instanceof HTMLOptionElement) copy.toggleAttribute('selected', field.selected);
  });
}

function snapshot(): { html: string; shadowHosts: number } {
  const clone = document.documentElement.cloneNode(true) as Element;
  writeFormState(document, clone);
  // Replays must be static: no scripts, no inline handlers, no meta refresh.
  for (const el of clone.querySelectorAll('script, meta[http-equiv]')) el.remove();
  for (const el of clone.querySelectorAll('*')) {
    for (const name of el.getAttributeNames()) if (name.startsWith('on')) el.removeAttribute(name);
  }
  const shadowHosts = [...document.querySelectorAll('*')].filter((el) => el.shadowRoot).length;
  const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : '';
  return { html: doctype + clone.outerHTML, shadowHosts };
}

const api: BenchApi = {
  baselineVisible: (css) => {
    const element = queryFirst(css);
    return element !== null && element !== 'invalid' && visible(element);
  },
  snapshot,
  conditionHolds: (condition) => conditionHolds(condition, document),
  run,
};
window.__cdpBench = api;
