// `npm run guides:suggest -- <fixture.html> '<css of the element>'`: prints a robust multi-signal
// target in YAML for that element, with its soft context (landmark, nearest heading, neighbouring
// text), checked with the real locator on the page (parsed by happy-dom, scripts not run;
// elements inside <template> views are reached too).
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { stringify } from 'yaml';
import type { Landmark, Role, Signal, Target, TargetContext } from '../src/guide';
import { LANDMARKS, ROLES } from '../src/guide';
import { accessibleName, locate, roleOf } from '../src/locate';
import { normalizeText } from '../src/shared';

const [file, selector] = process.argv.slice(2);
if (!file || !selector) {
  console.error("usage: npm run guides:suggest -- <fixture.html> '<css of the element>'");
  process.exit(2);
}

/** Ids, classes and values that look generated (hashes, counters, framework ids) are not stable. */
const GENERATED =
  /(^:|^ember\d|^ng-|^mat-|^react-|^radix-|\d{3,}|[0-9a-f]{6,}|__[a-z0-9]{4,}$|^[a-z]{1,3}[A-Z0-9][a-zA-Z0-9]{3,}$)/;
const STABLE_ATTRIBUTES = ['name', 'itemprop', 'data-testid', 'data-test', 'data-qa', 'aria-controls'];

const window = new Window({ url: 'https://example.invalid/' });
const doc = window.document as unknown as Document;
doc.write(readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/gi, ''));

/** Documents to search: the page, then each <template>'s content placed in a scratch body. */
function findElement(): { root: Document | Element; element: Element } | undefined {
  const direct = doc.querySelector(selector!);
  if (direct) return { root: doc, element: direct };
  for (const template of doc.querySelectorAll('template')) {
    const holder = doc.createElement('div');
    holder.append(template.content.cloneNode(true));
    doc.body.append(holder);
    const inside = holder.querySelector(selector!);
    if (inside) return { root: doc, element: inside };
    holder.remove();
  }
  return undefined;
}

function isVisible(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || /display:\s*none/.test(node.getAttribute('style') ?? '')) return false;
  }
  return true;
}

const found = findElement();
if (!found) {
  console.error(`No element matches ${selector} in ${file} (nor inside its <template> views).`);
  process.exit(1);
}
const { root, element } = found;
const count = (css: string) => root.querySelectorAll(css).length;
const quote = (v: string) => `"${v.replace(/["\\]/g, '\\$&')}"`;

function bestCss(): string | undefined {
  const id = element.id;
  if (id && !GENERATED.test(id) && count(`#${id}`) === 1) return `#${id}`;
  const tag = element.localName;
  for (const name of STABLE_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value && !GENERATED.test(value) && count(`${tag}[${name}=${quote(value)}]`) === 1)
      return `${tag}[${name}=${quote(value)}]`;
  }
  // Anchor on the closest ancestor with a stable id or a custom element tag.
  for (let anchor = element.parentElement; anchor; anchor = anchor.parentElement) {
    const prefix =
      anchor.id && !GENERATED.test(anchor.id)
        ? `#${anchor.id}`
        : anchor.localName.includes('-')
          ? anchor.localName
          : undefined;
    if (!prefix) continue;
    const classes = [...element.classList].filter((c) => !GENERATED.test(c));
    for (const candidate of [`${prefix} ${tag}`, ...classes.map((c) => `${prefix} ${tag}.${c}`)]) {
      if (count(candidate) === 1) return candidate;
    }
  }
  const classes = [...element.classList].filter((c) => !GENERATED.test(c));
  if (classes.length && count(`${tag}.${classes.join('.')}`) === 1) return `${tag}.${classes.join('.')}`;
  // Last: a readable class on the parent or an ancestor (`.is-disconnected > a`).
  for (let anchor = element.parentElement, depth = 0; anchor && depth < 3; anchor = anchor.parentElement, depth++) {
    for (const cls of [...anchor.classList].filter((c) => !GENERATED.test(c))) {
      const candidate = depth === 0 ? `.${cls} > ${tag}` : `.${cls} ${tag}`;
      if (count(candidate) === 1) return candidate;
    }
  }
  return undefined;
}

const signals: Record<string, unknown>[] = [];
const css = bestCss();
if (css) signals.push({ css });
const role = roleOf(element);
const name = accessibleName(element).replace(/\s+/g, ' ').trim();
if (role && (ROLES as readonly string[]).includes(role) && name && name.length <= 80) signals.push({ role, name });
const isField = ['input', 'select', 'textarea'].includes(element.localName);
if (isField) {
  const labels = [...((element as HTMLInputElement).labels ?? [])]
    .map((l) => l.textContent?.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (labels[0] && labels[0] !== name) signals.push({ label: labels[0] });
  else if (labels[0] && !signals.some((s) => 'role' in s)) signals.push({ label: labels[0] });
  const placeholder = element.getAttribute('placeholder');
  if (placeholder) signals.push({ placeholder });
}
if (element.id && !GENERATED.test(element.id) && css !== `#${element.id}`) signals.push({ id: element.id });
const attr: Record<string, string> = {};
for (const key of ['name', 'itemprop', 'data-testid', 'type', 'value']) {
  const value = element.getAttribute(key);
  if (!value || GENERATED.test(value)) continue;
  if (key === 'type' && !['submit', 'password', 'email', 'search', 'tel'].includes(value)) continue;
  if (key === 'value' && !['radio', 'checkbox'].includes(element.getAttribute('type') ?? '')) continue;
  attr[key] = value;
}
if (Object.keys(attr).length) signals.push({ attr });
const href = element.getAttribute('href');
if (href?.startsWith('/')) signals.push({ href });
const text = element.textContent?.replace(/\s+/g, ' ').trim();
if (!isField && text && text.length <= 60 && !signals.some((s) => 'role' in s)) signals.push({ text });

// Compile-equivalent form, to check the suggestion with the real locator.
const compiled: Signal[] = signals.map((s): Signal => {
  if ('css' in s) return { kind: 'css', css: String(s.css) };
  if ('role' in s) return { kind: 'role', role: s.role as Role, name: [String(s.name)] };
  if ('label' in s) return { kind: 'label', label: [String(s.label)] };
  if ('placeholder' in s) return { kind: 'placeholder', placeholder: [String(s.placeholder)] };
  if ('id' in s) return { kind: 'id', id: String(s.id) };
  if ('attr' in s) return { kind: 'attr', attr: s.attr as Record<string, string> };
  if ('href' in s) return { kind: 'href', href: String(s.href) };
  return { kind: 'text', text: [String(s.text)] };
});
/** Where the element sits, written by default: it breaks ties and refuses a leader found in another
 * landmark when the page changes. Only the page's own words, never a field's value. */
function softContext(): TargetContext {
  const context: TargetContext = {};
  for (let box = element.parentElement; box; box = box.parentElement) {
    const landmark = roleOf(box);
    if (landmark && (LANDMARKS as readonly string[]).includes(landmark)) {
      context.landmark = landmark as Landmark;
      break;
    }
  }
  const heading = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')]
    .filter((h) => !h.contains(element) && h.compareDocumentPosition(element) & 4 /* FOLLOWING */)
    .at(-1)
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();
  if (heading && heading.length <= 120) context.heading = [heading];
  // The nearest box with words of its own besides the element's: its first short text node.
  const own = new Set([normalizeText(element.textContent ?? ''), normalizeText(name)]);
  for (let box = element.parentElement, depth = 0; box && depth < 3; box = box.parentElement, depth++) {
    const walker = doc.createTreeWalker(box, 4 /* SHOW_TEXT */);
    let near: string | undefined;
    for (let node = walker.nextNode(); node && !near; node = walker.nextNode()) {
      if (element.contains(node) || node.parentElement?.closest('script, style, option, select, textarea')) continue;
      const words = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      if (words.length >= 3 && words.length <= 80 && !own.has(normalizeText(words)) && words !== heading) near = words;
    }
    if (near) {
      context.near = [near];
      break;
    }
  }
  return context;
}

const context = softContext();
const target: Target = { any: compiled, ...(Object.keys(context).length ? { context } : {}) };
const suggestion: Record<string, unknown> = {
  any: signals,
  ...(Object.keys(context).length
    ? {
        context: {
          ...(context.landmark ? { landmark: context.landmark } : {}),
          ...(context.heading ? { heading: context.heading[0] } : {}),
          ...(context.near ? { near: context.near[0] } : {}),
        },
      }
    : {}),
};

// Views shown only after an action (hidden at load): check the signals as if it were shown.
let hiddenAtLoad = false;
let visibility = isVisible;
let result = locate(target, root, { isVisible: visibility });
if (result.status === 'hidden' && result.reason === 'invisible') {
  hiddenAtLoad = true;
  visibility = () => true;
  result = locate(target, root, { isVisible: visibility });
}
// Still ambiguous by name alone? Scope it to the section of the closest heading before it.
if (result.status !== 'found') {
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(
    (h) => h.compareDocumentPosition(element) & 4 /* DOCUMENT_POSITION_FOLLOWING */,
  );
  const heading = headings.at(-1)?.textContent?.replace(/\s+/g, ' ').trim();
  if (heading) {
    target.within = { kind: 'heading', heading: [heading] };
    suggestion.within = { heading };
    result = locate(target, root, { isVisible: visibility });
  }
}

if (hiddenAtLoad) console.log('# note: this element is hidden in the page as loaded (it appears after an action)');
const verdict =
  result.status === 'found' && result.element === element
    ? `# checked: the locator finds exactly this element (score ${result.score.toFixed(2)}, ${signals.length} signals)`
    : `# WARNING: the locator does not find exactly this element with these signals (${result.status}); add a signal or a scope`;
console.log(verdict);
if (normalizeText(name) === '' && !isField)
  console.log('# note: this element has no accessible name; consider pointing at its button or link');
console.log(stringify({ target: suggestion }, { lineWidth: 0 }).trimEnd());
if (!(result.status === 'found' && result.element === element)) process.exitCode = 1;
