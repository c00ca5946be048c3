// `npm start`: builds the extension and opens Chromium with it on the offline practice copy of
// the CAF site, with the CAF guide started. Without a display it runs headless instead and
// writes a PNG of every step to out/storyboard/<guide-id>/, printing the paths.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, ROOT } from '../tests/support/extension';
import { ensureChromium } from './lib/browsers';
import { loadGuide, startGuideFromPopup, walkGuide } from '../tests/support/learner';
import { waitForOverlay } from '../tests/support/overlay';

const GUIDE_ID = process.argv[2] ?? 'caf/attestation-paiement';

function hasDisplay(): boolean {
  if (process.env.COUP_DE_POUCE_HEADLESS === '1') return false;
  if (process.platform === 'win32' || process.platform === 'darwin') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function build(): void {
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function openCoach(): Promise<void> {
  const launched = await launchWithExtension({ headless: false });
  const guide = loadGuide(GUIDE_ID);
  const blank = launched.context.pages().filter((p) => p.url() === 'about:blank');
  const page = await startGuideFromPopup(launched, guide);
  await Promise.all(blank.filter((p) => p !== page).map((p) => p.close()));
  console.log(`Chromium is open on the practice copy of ${new URL(guide.start).host} with the guide started.`);
  console.log('Every other address is blocked: this is an offline practice copy. Close the window to stop.');
  await new Promise<void>((resolve) => launched.context.on('close', () => resolve()));
  await launched.close();
}

async function storyboard(): Promise<void> {
  const guide = loadGuide(GUIDE_ID);
  const dir = join(ROOT, 'out', 'storyboard', guide.id);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const launched = await launchWithExtension({ headless: true });
  const written: string[] = [];
  try {
    // The walk follows the guide into the mailbox tab and back: each picture is of the step's own tab.
    const page = await walkGuide(launched, await startGuideFromPopup(launched, guide), guide, {
      onStep: async ({ step, index, page: tab }) => {
        await tab.waitForTimeout(150); // let the ring's transition settle for the picture
        const file = join(dir, `${String(index + 1).padStart(2, '0')}-${step.id}.png`);
        await tab.screenshot({ path: file });
        written.push(file);
      },
    });
    await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
    const end = join(dir, `${String(guide.steps.length + 1).padStart(2, '0')}-termine.png`);
    await page.screenshot({ path: end });
    written.push(end);
  } finally {
    await launched.close();
  }
  console.log(`No display found: ran headless and wrote ${written.length} pictures of the guide "${guide.title}":`);
  for (const file of written) console.log(`  ${file}`);
}

if (!ensureChromium()) process.exit(1);
build();
await (hasDisplay() ? openCoach() : storyboard());
