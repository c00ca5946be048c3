// The printable handout of one guide (« fiche pas à pas »): title, what to prepare, then one
// picture per step with the step's text in large type. Pure HTML text from the guide; every
// guide text is escaped. Used by scripts/handouts.ts; unit-tested in tests/unit/handouts.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Guide } from '../../src/guide';

const PrepareSchema = z.array(z.strictObject({ words: z.array(z.string().min(2)).min(1), item: z.string().min(5) }));
export type PrepareRule = z.infer<typeof PrepareSchema>[number];

/** data/handout-prepare.yaml, checked: a wrong shape throws with zod's located message. */
export function loadPrepareRules(root: string): PrepareRule[] {
  return PrepareSchema.parse(parse(readFileSync(join(root, 'data', 'handout-prepare.yaml'), 'utf8')));
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Every text of the guide the learner reads: title, summary, steps and their risks. */
function guideText(guide: Guide): string {
  const texts = [guide.title, guide.summary];
  for (const step of guide.steps) texts.push(step.say, step.risk?.why ?? '', ...(step.risk?.check ?? []));
  return fold(texts.join(' \n '));
}

/** What to prepare, from the words the guide's text uses (whole words, accents ignored). */
export function preparedItems(guide: Guide, rules: readonly PrepareRule[]): string[] {
  const text = guideText(guide);
  return rules
    .filter((rule) =>
      rule.words.some((word) =>
        new RegExp(`(^|[^a-z0-9])${fold(word).replace(/[-.]/g, '\\$&')}($|[^a-z0-9])`).test(text),
      ),
    )
    .map((rule) => rule.item);
}

export interface HandoutStep {
  say: string;
  /** The picture's file name next to the page, when the step could be photographed. */
  picture?: string;
  /** A risky step: what to watch out for. */
  risk?: string;
}

export function renderHandout(guide: Guide, prepare: readonly string[], steps: readonly HandoutStep[]): string {
  const items = prepare.length
    ? `<ul class="prepare">${prepare.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
    : '<p>Rien de particulier.</p>';
  const body = steps
    .map((step, i) => {
      const picture = step.picture
        ? `<img src="${escapeHtml(step.picture)}" alt="Étape ${i + 1} : l'écran, avec l'endroit où agir entouré">`
        : '<p class="no-picture">(Pas d’image pour cette étape.)</p>';
      const risk = step.risk ? `<p class="risk">Attention : ${escapeHtml(step.risk)}</p>` : '';
      return `<section class="step"><h2>Étape ${i + 1} sur ${steps.length}</h2><p class="say">${escapeHtml(step.say)}</p>${risk}${picture}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${escapeHtml(guide.title)} — fiche pas à pas</title>
<style>
  @page { size: A4; margin: 14mm; }
  body { font-family: Arial, Helvetica, sans-serif; color: #111; font-size: 16pt; line-height: 1.4; margin: 0 auto; max-width: 190mm; }
  h1 { font-size: 26pt; margin: 0 0 4mm; }
  h2 { font-size: 18pt; margin: 0 0 2mm; color: #0b3d91; }
  .summary { font-size: 15pt; }
  .box { border: 2px solid #0b3d91; border-radius: 4mm; padding: 3mm 6mm; margin: 6mm 0; }
  .step { break-inside: avoid; border-top: 2px solid #ccc; padding-top: 4mm; margin-top: 6mm; }
  .say { font-size: 20pt; font-weight: bold; margin: 0 0 3mm; }
  .risk { font-size: 16pt; border-left: 3mm solid #b00020; padding-left: 3mm; }
  img { width: 100%; border: 1px solid #999; }
  footer { font-size: 11pt; color: #444; margin-top: 8mm; }
</style>
</head>
<body>
<h1>${escapeHtml(guide.title)}</h1>
<p class="summary">${escapeHtml(guide.summary)}</p>
<div class="box"><h2>Ce qu’il faut préparer</h2>${items}</div>
${body}
<footer>Fiche Coup de pouce · site : ${escapeHtml(new URL(guide.start).host)} · ${steps.length} étapes · vérifiée le ${escapeHtml(guide.verified.on)}. Les images viennent d’une copie d’entraînement du site : le vrai site peut être un peu différent.</footer>
</body>
</html>
`;
}
