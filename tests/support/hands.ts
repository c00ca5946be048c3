// What the learner does by hand on the few steps the generic walker (learner.ts) cannot do alone:
// pick the CV in the computer's file chooser (Gmail), pick the town in France Travail's
// autocomplete list. Used by the guides' browser tests and by `npm run handouts`.
import type { WalkOptions } from './learner';

export const HANDS: Record<string, Pick<WalkOptions, 'onStep' | 'afterAct'>> = {
  'gmail/envoyer-un-cv': {
    onStep: async ({ step, page }) => {
      if (step.id !== 'joindre-cv') return;
      // The paperclip opens the computer's file chooser; a fictitious CV is picked there.
      const chooser = page.waitForEvent('filechooser');
      await page.locator('div.M9[role="dialog"][aria-label="Nouveau message"] div[command="Files"]').click();
      await (
        await chooser
      ).setFiles({
        name: 'CV-Camille-Exemple-fictif.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% CV fictif\n'),
      });
    },
  },
  'france-travail/rechercher-une-offre': {
    afterAct: async ({ step, page }) => {
      // The coach points at the whole list; the learner clicks their own town (here the first one).
      if (step.id === 'choisir-lieu') await page.locator('.selectize-dropdown-content .option').first().click();
    },
  },
};
