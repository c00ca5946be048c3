// The France Travail guides beyond the actualisation, walked as a learner in Chromium with the
// built extension on the replicas: the login alone (two steps on one page, same #submit), the job
// search (métier, town chosen in the autocomplete list, « Rechercher », one offer), applying to an
// offer (the France Travail form after the login, with the warning before « Envoyer ma
// candidature »; or the company's site, where the guide ends), and the avis de situation download.
import { expect, test, type Download, type Request } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { act, contains, expectStep, loadGuide, startGuideFromPopup, walkGuide } from '../support/learner';
import { readOverlay, waitForOverlay } from '../support/overlay';

const seConnecter = loadGuide('france-travail/se-connecter');
const rechercher = loadGuide('france-travail/rechercher-une-offre');
const postuler = loadGuide('france-travail/postuler-a-une-offre');
const avis = loadGuide('france-travail/avis-de-situation');
const at = (guide: typeof postuler, id: string) => {
  const index = guide.steps.findIndex((s) => s.id === id);
  if (index === -1) throw new Error(`no step ${id} in ${guide.id}`);
  return index;
};
let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
});
test.afterEach(async () => {
  await browser.close();
});

test('se-connecter: identifiant, « Poursuivre », mot de passe, « Se connecter », then the dashboard', async () => {
  const seen: string[] = [];
  const page = await walkGuide(browser, await startGuideFromPopup(browser, seConnecter), seConnecter, {
    onStep: async ({ step, page: tab }) => {
      seen.push(step.id);
      // The same button says « Poursuivre », then « Se connecter ».
      if (step.id === 'poursuivre') await expect(tab.locator('#submit')).toHaveText('Poursuivre');
      if (step.id === 'se-connecter') await expect(tab.locator('#submit')).toHaveText('Se connecter');
    },
  });
  expect(seen).toEqual(['saisir-identifiant', 'poursuivre', 'saisir-mot-de-passe', 'se-connecter']);
  await page.waitForURL('https://candidat.francetravail.fr/tableaudebord/accueil');
  await expect(page.locator('app-accueil .user-identifier')).toBeVisible();
  await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
});

test('rechercher-une-offre: métier, town chosen in the list, the search sent, one offer opened', async () => {
  let results = '';
  const page = await walkGuide(browser, await startGuideFromPopup(browser, rechercher), rechercher, {
    onStep: ({ step, page: tab }) => {
      if (step.id === 'ouvrir-offre') results = tab.url();
    },
    afterAct: async ({ step, page: tab }) => {
      // « choisir-lieu » points at the whole list and is done when the town shows in the field:
      // the learner clicks their own town, here the first one.
      if (step.id === 'saisir-lieu') await expect(tab.locator('.selectize-dropdown-content .option')).toHaveCount(2);
      if (step.id === 'choisir-lieu') {
        await tab.getByRole('option', { name: 'Exempleville (99)', exact: true }).click();
        await expect(tab.locator('.selectize-input .item')).toHaveText('Exempleville (99)');
        await expect(tab.locator('.selectize-dropdown-content .option')).toHaveCount(0);
      }
    },
  });
  // The form was sent with the métier and the town's code.
  expect(new URL(results).searchParams.get('motsCles')).toBe('Cuisinier');
  expect(new URL(results).searchParams.get('lieux')).toBe('99123');
  expect(new URL(results).searchParams.get('offresPartenaires')).toBe('true');
  await page.waitForURL('https://candidat.francetravail.fr/offres/recherche/detail/EXEMPL1');
  await expect(page.locator('div#detailOffreVolet h2[itemprop="title"]')).toHaveText('Cuisinier / Cuisinière (H/F)');
  await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
});

test('rechercher-une-offre: the coach points at the whole town list, whatever its order, and the learner picks their own town', async () => {
  const page = await startGuideFromPopup(browser, rechercher);
  const choose = at(rechercher, 'choisir-lieu');
  await walkGuide(browser, page, rechercher, { until: choose });
  // The site lists the towns in another order: the learner's town is now second.
  const options = page.locator('.selectize-dropdown-content .option');
  await expect(options).toHaveCount(2);
  await page.evaluate(() => {
    const list = document.querySelector('.selectize-dropdown-content')!;
    list.prepend(list.lastElementChild!);
  });
  await expect(options.first()).toHaveText('Exempleville-sur-Mer (99)');
  const { overlay } = await expectStep(page, rechercher, choose);
  // The ring goes around the whole list (both towns), never around one town.
  const list = await page.locator('.selectize-dropdown-content').boundingBox();
  for (const option of await options.all()) {
    const box = await option.boundingBox();
    expect(overlay.ring && box && contains(overlay.ring, box)).toBe(true);
  }
  expect(list && overlay.ring && contains(overlay.ring, list)).toBe(true);
  // The learner clicks their own town, the second one: the step is done and the search comes next.
  await page.getByRole('option', { name: 'Exempleville (99)', exact: true }).click();
  await expect(page.locator('.selectize-input .item')).toHaveText('Exempleville (99)');
  await expectStep(page, rechercher, choose + 1);
});

test('postuler-a-une-offre: login, CV from the espace, message, « Envoyer ma candidature » after the warning', async () => {
  const seen: string[] = [];
  let sent: Promise<Request> | undefined;
  const send = postuler.steps[at(postuler, 'envoyer')]!;
  const page = await walkGuide(browser, await startGuideFromPopup(browser, postuler), postuler, {
    onStep: ({ step, overlay, page: tab }) => {
      seen.push(step.id);
      if (step.risk) expect(overlay.tooltip?.risk).toContain(step.risk.why);
      if (step.id === 'envoyer')
        sent = tab.waitForRequest((r) => r.url().endsWith('/candidature/confirmation') && r.method() === 'POST');
    },
  });
  // The offer sends to the France Travail form: the company's site step is passed over; the
  // login (goto= in the XUI address) comes back to the form of this offer.
  expect(seen).toEqual(postuler.steps.filter((s) => !s.when).map((s) => s.id));
  expect(send.risk?.level).toBe('caution');
  expect(sent, 'the form was sent').toBeDefined();
  const form = new URLSearchParams((await sent!).postData() ?? '');
  expect(form.get('idOffre')).toBe('EXEMPL1');
  expect(form.get('choix-cv')).toBe('cv-1');
  expect(form.get('confirmcoordonnees')).toBe('oui');
  expect(form.get('message')).toBe("Bonjour, votre offre m'intéresse. Message d'exemple fictif.");
  await page.waitForURL('https://candidat.francetravail.fr/candidature/confirmation');
  await expect(page.locator('#titreConfirmation')).toHaveText('Votre candidature a bien été envoyée');
  await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
});

test('postuler-a-une-offre: an offer applied for on the company’s site ends the guide there, after a warning', async () => {
  const page = await startGuideFromPopup(browser, postuler);
  // The learner opens the partner offer instead (same detail page, another offer).
  await page.goto('https://candidat.francetravail.fr/offres/recherche/detail/EXEMPL2');
  const branch = at(postuler, 'site-entreprise');
  await walkGuide(browser, page, postuler, { until: branch });
  const step = postuler.steps[branch]!;
  const shown = await readOverlay(page);
  expect(shown.tooltip?.say).toBe(step.say);
  expect(shown.tooltip?.risk).toContain('Un employeur ne vous demande jamais vos codes de banque.');
  const company = browser.context.waitForEvent('request', (r) => r.url().startsWith('https://www.example.com/'));
  await act(page, step); // clicks, reads the warning, confirms
  expect((await company).url()).toBe('https://www.example.com/recrutement/commis-de-cuisine');
  await page.bringToFront();
  await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
  expect(page.url()).toBe('https://candidat.francetravail.fr/offres/recherche/detail/EXEMPL2');
});

test('avis-de-situation: after the login, « Mes attestations », « Avis de situation », « Valider », the PDF', async () => {
  let download: Promise<Download> | undefined;
  const page = await walkGuide(browser, await startGuideFromPopup(browser, avis), avis, {
    onStep: ({ step, page: tab }) => {
      if (step.id === 'telecharger') download = tab.waitForEvent('download');
    },
  });
  expect(download, 'the last step was a download').toBeDefined();
  const file = await download!;
  expect(file.url()).toBe(
    'https://candidat.francetravail.fr/candidat/situationadministrative/suiviinscription/attestation/telecharger/AVIS_DE_SITUATION',
  );
  expect(file.suggestedFilename()).toBe('avis-de-situation.pdf');
  await expect(page.locator('#attestationsSelectModel')).toHaveValue('AVIS_DE_SITUATION');
  const end = await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
  expect(end.panel?.text).toContain('Bravo');
});
