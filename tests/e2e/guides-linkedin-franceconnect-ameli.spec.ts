// The LinkedIn, FranceConnect and ameli guides end to end, in Chromium with the built extension on
// the replicas: a learner starts each guide from the popup and walks every step; the tests check
// where each guide ends (the feed, the offer, the sent application, the post and its audience, the
// ameli home, the attestation download). The « Tout le monde » audience rule is checked with no guide.
// LinkedIn's job page has two live versions (the classic modal, the 2026 link to its own page): the
// guides that cross it are walked on each.
import { expect, test, type Download, type Page } from '@playwright/test';
import type { Guide } from '../../src/guide';
import { launchWithExtension, type Launched } from '../support/extension';
import { act, expectStep, loadGuide, startGuideFromPopup, walkGuide } from '../support/learner';
import { clickOverlayButton, readOverlay, waitForOverlay } from '../support/overlay';

let browser: Launched;

/** The LinkedIn job page: the default replica (classic button and modal) and the 2026 variant. */
const JOB_PAGES = [
  { variant: undefined, name: 'classic modal', more: '.jobs-description__footer-button' },
  { variant: 'linkedin/candidature-page', name: 'own apply page', more: '[data-testid="expandable-text-button"]' },
] as const;

test.beforeEach(async ({}, info) => {
  const variant = JOB_PAGES.find((v) => v.variant !== undefined && info.title.includes(v.name))?.variant;
  browser = await launchWithExtension({ headless: true, ...(variant ? { variant } : {}) });
});
test.afterEach(async () => {
  await browser.close();
});

const at = (guide: Guide, id: string) => {
  const index = guide.steps.findIndex((s) => s.id === id);
  if (index === -1) throw new Error(`no step ${id} in ${guide.id}`);
  return index;
};

/** The end panel: the guide is finished, with nothing left to point at. */
async function expectFinished(page: Page): Promise<void> {
  const end = await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
  expect(end.panel?.text).toContain('Bravo');
  expect(end.tooltip).toBeUndefined();
}

test('linkedin/creer-son-profil: sign up, name, place, job title, code; the photo can be skipped', async () => {
  const guide = loadGuide('linkedin/creer-son-profil');
  const photo = at(guide, 'ajouter-photo');
  const page = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide, { until: photo });
  // The photo is optional: the help offers to skip it.
  await expectStep(page, guide, photo);
  await clickOverlayButton(page, 'help-button');
  await waitForOverlay(page, (s) => (s.tooltip?.help ?? '').includes('Passer cette étape'));
  await clickOverlayButton(page, 'skip');
  const last = await expectStep(page, guide, at(guide, 'terminer'));
  await act(page, last.step);
  await page.waitForURL('https://www.linkedin.com/feed/');
  await expectFinished(page);
});

for (const job of JOB_PAGES) {
  test(`linkedin/rechercher-une-offre (${job.name}): Emplois, a job and a place, the results, one offer read in full`, async () => {
    const guide = loadGuide('linkedin/rechercher-une-offre');
    let results = '';
    const page = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide, {
      onStep: ({ step, page: tab }) => {
        if (step.id === 'ouvrir-une-offre') results = tab.url();
      },
    });
    // The search words typed by the learner are in the results' address.
    expect(results).toBe('https://www.linkedin.com/jobs/search/?keywords=Vendeur&location=Exempleville');
    expect(page.url()).toBe('https://www.linkedin.com/jobs/view/4000000001/');
    await expect(page.locator(job.more)).toHaveAttribute('aria-expanded', 'true');
    await expectFinished(page);
  });

  test(`linkedin/candidature-simplifiee (${job.name}): the Easy Apply steps, a warning before sending, done`, async () => {
    const guide = loadGuide('linkedin/candidature-simplifiee');
    const send = guide.steps[at(guide, 'envoyer-candidature')]!;
    let warned = '';
    let dialog = '';
    const pages: string[] = [];
    const page = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide, {
      onStep: async ({ step, overlay, page: tab }) => {
        pages.push(new URL(tab.url()).pathname);
        if (step.id !== send.id) return;
        warned = overlay.tooltip?.risk ?? '';
        // A first click is held behind our dialog, which lists what to check; « Annuler » keeps the form open.
        await tab.getByRole('button', { name: 'Envoyer la candidature' }).click();
        dialog = (await waitForOverlay(tab, (s) => s.dialog !== undefined)).dialog?.text ?? '';
        await clickOverlayButton(tab, 'cancel');
        await waitForOverlay(tab, (s) => s.dialog === undefined);
        await expect(tab.locator('#etape-verification')).toBeVisible();
      },
    });
    // Before sending, the coach said what to check (CV, e-mail, phone).
    expect(warned).toContain(send.risk!.why);
    expect(send.risk!.check?.length).toBe(3);
    for (const check of send.risk!.check ?? []) expect(dialog).toContain(check);
    // The classic button opens a modal on the offer; the 2026 link opens the application on its own page.
    const own = job.variant !== undefined;
    const form = own ? '/jobs/view/4000000001/apply/' : '/jobs/view/4000000001/';
    expect(pages[0]).toBe('/jobs/view/4000000001/');
    expect(pages.slice(1)).toEqual(pages.slice(1).map(() => form));
    if (!own) await expect(page.locator('.jobs-easy-apply-modal')).toBeHidden();
    await expect(page.locator('#statut-candidature')).toHaveText('Candidature envoyée il y a quelques secondes');
    await expectFinished(page);
  });
}

test('linkedin/publier-un-post: « Relations uniquement » chosen, the post written, a warning, published', async () => {
  const guide = loadGuide('linkedin/publier-un-post');
  const publish = guide.steps[at(guide, 'publier')]!;
  const write = guide.steps[at(guide, 'ecrire-post')]!;
  let warned = '';
  const page = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide, {
    onStep: ({ step, overlay }) => {
      if (step.id === 'choisir-relations') {
        expect(overlay.tooltip?.say).toContain('« Tout le monde »');
        expect(overlay.tooltip?.say).toContain('« Relations uniquement »');
      }
      if (step.id === publish.id) warned = overlay.tooltip?.risk ?? '';
    },
    afterAct: async ({ step, page: tab }) => {
      // Choosing « Relations uniquement » is not risky: the built-in rule does not ask.
      if (step.id === 'choisir-relations') expect((await readOverlay(tab)).dialog).toBeUndefined();
    },
  });
  expect(warned).toContain(publish.risk!.why);
  expect(warned).toContain('adresse');
  const post = page.locator('#mon-post');
  await expect(post).toContainText(write.done.kind === 'input' ? (write.done.practice ?? '') : '');
  await expect(post.locator('.audience')).toHaveText('· Relations uniquement');
  await expectFinished(page);
});

test('franceconnect/se-connecter: the State’s button, the grid, the impots login, the consent, back on ameli', async () => {
  const guide = loadGuide('franceconnect/se-connecter');
  const seen: string[] = [];
  const page = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide, {
    onStep: ({ step, page: tab }) => {
      seen.push(`${step.id} ${new URL(tab.url()).host}`);
    },
  });
  expect(guide.steps[0]?.say).toContain("bouton de connexion de l'État");
  expect(seen).toEqual([
    'cliquer-franceconnect assure.ameli.fr',
    'choisir-impots app.franceconnect.gouv.fr',
    'saisir-numero-fiscal cfspart-idp.impots.gouv.fr',
    'continuer cfspart-idp.impots.gouv.fr',
    'saisir-mot-de-passe cfspart-idp.impots.gouv.fr',
    'se-connecter cfspart-idp.impots.gouv.fr',
    'continuer-vers-le-service app.franceconnect.gouv.fr',
  ]);
  await page.waitForURL(
    'https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure?_nfpb=true&_pageLabel=as_accueil_page',
  );
  await expect(page.locator('.deconnexionButton')).toBeVisible();
  await expectFinished(page);
});

test('ameli/attestation-de-droits: FranceConnect, Mes démarches, the attestation downloaded as a PDF', async () => {
  const guide = loadGuide('ameli/attestation-de-droits');
  let download: Promise<Download> | undefined;
  const page = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide, {
    onStep: ({ step, page: tab }) => {
      if (step.id === 'telecharger-attestation') download = tab.waitForEvent('download');
    },
  });
  // The FranceConnect login is included once, then the ameli steps.
  expect(guide.steps[0]?.id).toBe('cliquer-franceconnect');
  expect(download, 'the last step was a download').toBeDefined();
  const file = await download!;
  expect(file.url()).toBe('https://assure.ameli.fr/PortailAS/PDFServletAttestationDroit.dopdf?idAssure=exemple');
  expect(file.suggestedFilename()).toBe('attestation-droits.pdf');
  await expectFinished(page);
});

test('LinkedIn, no guide running: « Tout le monde » asks first; « Relations uniquement » does not', async () => {
  const page = await browser.context.newPage();
  const answered = page.waitForResponse(() => true).catch(() => undefined);
  await page.goto('https://www.linkedin.com/feed/');
  await answered;
  await page.waitForTimeout(400);
  await page.getByRole('button', { name: 'Commencer un post' }).click();
  await page.locator('.share-unified-settings-entry-button').click();
  const anyone = page.locator('#audience-anyone');
  const connections = page.locator('#audience-connections');
  // The harmless choice goes through at once.
  await page.locator('label[for="audience-connections"]').click();
  await page.waitForTimeout(300);
  expect((await readOverlay(page)).dialog).toBeUndefined();
  await expect(connections).toBeChecked();
  // « Tout le monde » is held behind our dialog; « Annuler » keeps « Relations uniquement ».
  await page.locator('label[for="audience-anyone"]').click();
  const asked = await waitForOverlay(page, (s) => s.dialog !== undefined);
  expect(asked.dialog?.level).toBe('caution');
  expect(asked.dialog?.text).toContain("n'importe qui peut lire votre post");
  await clickOverlayButton(page, 'cancel');
  await waitForOverlay(page, (s) => s.dialog === undefined);
  await expect(connections).toBeChecked();
  // « Je continue » lets the choice through.
  await anyone.click();
  await waitForOverlay(page, (s) => s.dialog !== undefined);
  await clickOverlayButton(page, 'confirm');
  await expect(anyone).toBeChecked();
});
