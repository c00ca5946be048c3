// `npm run handouts [-- <guide-id>…]`: for each guide, walks it on the replicas in Chromium with
// the built extension, photographs every step with the coach pointing at it, and writes the
// printable handout out/handouts/<guide-id>/index.html, its PDF (headless Chromium's print) and
// the same pictures as a storyboard in out/storyboard/<guide-id>/. A guide that cannot be walked
// to its end still gets a handout: the steps not reached are printed without a picture.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import type { Guide } from '../src/guide';
import { findChromium, NO_CHROMIUM } from '../tests/support/chromium';
import { CHROMIUM_ARGS, launchWithExtension, ROOT } from '../tests/support/extension';
import { HANDS } from '../tests/support/hands';
import { loadGuides, startGuideFromPopup, walkGuide } from '../tests/support/learner';
import { escapeHtml, loadPrepareRules, preparedItems, renderHandout, type HandoutStep } from './lib/handout';

const prepareRules = loadPrepareRules(ROOT);

const OUT = join(ROOT, 'out', 'handouts');
const wanted = process.argv.slice(2);
const guides = loadGuides().filter((g) => wanted.length === 0 || wanted.includes(g.id));
if (guides.length === 0) {
  console.error(`No guide named ${wanted.join(', ')}.`);
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) throw new Error(NO_CHROMIUM);

/** Walks one guide and photographs each step; returns the pictures by step index and any failure. */
async function photograph(guide: Guide, dir: string): Promise<{ pictures: Map<number, string>; failure?: string }> {
  const pictures = new Map<number, string>();
  const launched = await launchWithExtension({ headless: true });
  try {
    await walkGuide(launched, await startGuideFromPopup(launched, guide), guide, {
      onStep: async (seen) => {
        const { index, step, page } = seen;
        await page.waitForTimeout(150); // let the ring's transition settle
        const name = `${String(index + 1).padStart(2, '0')}-${step.id}.jpg`;
        await page.screenshot({ path: join(dir, name), type: 'jpeg', quality: 70 });
        pictures.set(index, name);
        await HANDS[guide.id]?.onStep?.(seen);
      },
      afterAct: HANDS[guide.id]?.afterAct,
    });
    return { pictures };
  } catch (error) {
    return { pictures, failure: (error as Error).message.split('\n')[0] };
  } finally {
    await launched.close();
  }
}

const printer = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
const rows: string[] = [];
let failures = 0;
for (const guide of guides) {
  const dir = join(OUT, guide.id);
  const board = join(ROOT, 'out', 'storyboard', guide.id);
  for (const folder of [dir, board]) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
  }
  const { pictures, failure } = await photograph(guide, dir);
  const steps: HandoutStep[] = guide.steps.map((step, index) => ({
    say: step.say,
    ...(pictures.has(index) ? { picture: pictures.get(index) } : {}),
    ...(step.risk ? { risk: step.risk.why } : {}),
  }));
  const html = join(dir, 'index.html');
  writeFileSync(html, renderHandout(guide, preparedItems(guide, prepareRules), steps));
  for (const name of pictures.values()) copyFileSync(join(dir, name), join(board, name));
  const page = await printer.newPage();
  await page.goto(pathToFileURL(html).href);
  const pdf = join(dir, `${guide.id.replace('/', '-')}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  await page.close();
  if (failure) failures++;
  const status = failure ? `${pictures.size}/${guide.steps.length} pictures — stopped: ${failure}` : 'complete';
  console.log(
    `[${rows.length + 1}/${guides.length}] ${guide.id}: ${guide.steps.length} steps, ${status}\n  ${html}\n  ${pdf}`,
  );
  rows.push(
    `<li><a href="${escapeHtml(`${guide.id}/index.html`)}">${escapeHtml(guide.title)}</a> (${guide.steps.length} étapes)</li>`,
  );
}
await printer.close();
writeFileSync(
  join(OUT, 'index.html'),
  `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Fiches pas à pas</title><h1>Fiches pas à pas</h1><ul>${rows.join('')}</ul></html>\n`,
);
console.log(`${guides.length} handout(s) in ${OUT}; ${failures} with steps not photographed.`);
process.exit(failures ? 1 : 0);
