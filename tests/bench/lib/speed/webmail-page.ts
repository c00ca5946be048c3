// A deterministic, Gmail-like webmail page of about 20,000 elements (header, ~50 folders and
// labels, a toolbar, an 800-row thread list, a compose dialog at the end), and the targets the
// speed benchmark looks for on it. Same seed, same bytes: figures compare across commits.
import type { Target } from '../../../../src/guide';

/** mulberry32: a tiny seeded generator; only picks names and words, nothing secret. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Jeanne', 'Karim', 'Sophie', 'Mamadou', 'Lucie', 'Thomas', 'Aïcha', 'Julien', 'Chloé', 'Nicolas'];
const LAST = ['Martin', 'Bernard', 'Diallo', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Haddad', 'Fournier', 'Nguyen'];
const SERVICES = ['Caf', 'France Travail', 'Ameli', 'EDF', 'Free', 'La Poste', 'Impots.gouv', 'Mairie de Lyon'];
const SUBJECTS = [
  'Votre attestation est disponible',
  'Rappel : rendez-vous le',
  'Facture du mois de',
  'Nouveau message dans votre espace',
  'Confirmation de votre demande',
  'Re: les photos de samedi',
  'Actualisation mensuelle',
  'Votre colis arrive',
  'Invitation : réunion parents-professeurs',
  'Relevé de compte',
];
const WORDS = (
  'bonjour merci pour votre message nous vous informons que votre dossier a bien été reçu ' +
  'vous pouvez consulter le document dans votre espace personnel à bientôt cordialement ' +
  'le paiement sera versé sur votre compte la semaine prochaine pensez à vérifier vos informations'
).split(' ');
const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const FOLDERS = [
  ['inbox', 'Boîte de réception'],
  ['starred', 'Messages suivis'],
  ['snoozed', 'En attente'],
  ['important', 'Important'],
  ['sent', 'Messages envoyés'],
  ['scheduled', 'Envois programmés'],
  ['drafts', 'Brouillons'],
  ['all', 'Tous les messages'],
  ['spam', 'Spam'],
  ['trash', 'Corbeille'],
] as const;
const LABELS = ['Travail', 'Famille', 'Caf', 'Logement', 'Santé', 'Banque', 'Impôts', 'École', 'Voyages', 'Factures'];
const ROW_ACTIONS = ['Archiver', 'Supprimer', 'Marquer comme lu', 'Mettre en attente'];
const EDITOR_BUTTONS = ['Gras', 'Italique', 'Souligné', 'Couleur du texte', 'Liste numérotée', 'Liste à puces'];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
}

export interface WebmailPage {
  html: string;
  /** Realistic targets, each with a CSS signal first (the querySelector baseline uses it). */
  targets: Record<string, { what: string; target: Target; needsClick: boolean }>;
}

/** Builds the page. The <ul id="bench-slot"> in the header is where a benchmark inserts a target. */
export function webmailPage(seed = 20_261_126, rows = 800): WebmailPage {
  const rng = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
  const used = new Set<string>();
  /** A short hashed-looking class name, like the ones a CSS-in-JS build emits. */
  const hashed = (): string => {
    for (;;) {
      const name = `${String.fromCharCode(97 + Math.floor(rng() * 26))}${Math.floor(rng() * 46_656).toString(36)}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  const c = Object.fromEntries(
    [
      'app',
      'header',
      'brand',
      'icon',
      'iconBtn',
      'search',
      'searchInput',
      'slot',
      'headerActions',
      'shell',
      'nav',
      'composeWrap',
      'compose',
      'folder',
      'folderInner',
      'folderIcon',
      'folderName',
      'folderLink',
      'count',
      'navHeading',
      'main',
      'toolbar',
      'tool',
      'pager',
      'tabs',
      'tab',
      'list',
      'row',
      'unread',
      'cell',
      'check',
      'checkBox',
      'star',
      'from',
      'fromName',
      'subjWrap',
      'subjLine',
      'subj',
      'snippet',
      'chip',
      'chipInner',
      'attach',
      'date',
      'actions',
      'action',
      'menu',
      'dialog',
      'dialogHead',
      'field',
      'subject',
      'editor',
      'composeBar',
      'send',
    ].map((name) => [name, hashed()]),
  );
  const css = `
body { margin: 0; font: 14px/1.4 Arial, sans-serif; color: #202124; background: #f6f8fc; }
.${c.header} { display: flex; align-items: center; gap: 16px; height: 64px; padding: 0 16px; }
.${c.iconBtn}, .${c.tool} { display: inline-block; width: 40px; height: 40px; border-radius: 50%; cursor: pointer; }
.${c.icon} { display: inline-block; width: 20px; height: 20px; margin: 10px; background: #5f6368; }
.${c.search} { flex: 1; display: flex; max-width: 720px; background: #eaf1fb; border-radius: 24px; }
.${c.searchInput} { flex: 1; border: 0; background: transparent; font-size: 16px; }
.${c.slot} { list-style: none; margin: 0; padding: 0; display: flex; }
.${c.slot} a { display: inline-block; padding: 10px 14px; background: #fff; color: #0a5299; font-weight: bold; }
.${c.shell} { display: flex; height: calc(100vh - 64px); }
.${c.nav} { width: 256px; flex: none; overflow-y: auto; }
.${c.compose} { display: inline-block; margin: 8px 0 16px 8px; padding: 18px 24px; border-radius: 16px; background: #c2e7ff; cursor: pointer; }
.${c.folderInner} { display: flex; align-items: center; height: 32px; padding: 0 12px 0 26px; border-radius: 0 16px 16px 0; }
.${c.folderIcon} { width: 20px; height: 20px; margin-right: 18px; background: #444746; }
.${c.folderName} { flex: 1; }
.${c.folderLink} { color: inherit; text-decoration: none; }
.${c.navHeading} { font-size: 16px; margin: 16px 26px 8px; }
.${c.main} { flex: 1; overflow-y: auto; background: #fff; border-radius: 16px; margin-right: 16px; }
.${c.toolbar} { display: flex; align-items: center; height: 48px; padding: 0 16px; }
.${c.pager} { margin-left: auto; display: flex; align-items: center; gap: 8px; }
.${c.tabs} { display: flex; border-bottom: 1px solid #e0e0e0; }
.${c.tab} { flex: 1; max-width: 250px; padding: 16px; cursor: pointer; }
.${c.list} { width: 100%; border-collapse: collapse; table-layout: fixed; }
.${c.row} { height: 40px; border-bottom: 1px solid #f1f3f4; cursor: pointer; }
.${c.unread} { font-weight: bold; background: #fff; }
.${c.cell} { padding: 0 4px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.${c.check}, .${c.star} { display: inline-block; width: 20px; height: 20px; }
.${c.checkBox} { width: 14px; height: 14px; margin: 3px; border: 2px solid #5f6368; border-radius: 2px; }
.${c.snippet} { color: #5f6368; font-weight: normal; }
.${c.chip} { display: inline-block; margin-right: 6px; padding: 0 4px; border-radius: 4px; background: #ddd; }
.${c.attach} { display: inline-block; margin-left: 6px; padding: 0 8px; border: 1px solid #dadce0; border-radius: 12px; }
.${c.actions} { display: flex; gap: 4px; margin: 0; padding: 0; list-style: none; }
.${c.action} { width: 20px; height: 20px; background: #5f6368; }
.${c.menu} { display: none; }
.${c.dialog} { position: fixed; right: 16px; bottom: 0; width: 540px; background: #fff; border-radius: 8px 8px 0 0; box-shadow: 0 8px 10px rgba(0,0,0,.2); }
.${c.dialogHead} { display: flex; align-items: center; padding: 8px 12px; background: #f2f6fc; }
.${c.dialogHead} h2 { flex: 1; margin: 0; font-size: 14px; }
.${c.field} { display: flex; gap: 8px; padding: 4px 12px; border-bottom: 1px solid #f1f3f4; }
.${c.field} input { flex: 1; border: 0; font-size: 14px; }
.${c.editor} { min-height: 200px; padding: 12px; }
.${c.composeBar} { display: flex; align-items: center; gap: 4px; padding: 8px 12px; }
.${c.send} { padding: 8px 24px; border-radius: 18px; background: #0b57d0; color: #fff; cursor: pointer; }
`;
  const out: string[] = [];
  const button = (label: string, cls = c.iconBtn) =>
    `<div class="${cls}" role="button" tabindex="0" aria-label="${escapeHtml(label)}" data-tooltip="${escapeHtml(label)}"><span class="${c.icon}"></span></div>`;

  out.push(
    '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">',
    '<title>Boîte de réception (12) - jeanne.martin@example.org - Messagerie</title>',
    `<style>${css}</style></head><body><div class="${c.app}" id="app">`,
    `<header class="${c.header}" role="banner"><div class="${c.brand}">${button('Menu principal')}`,
    `<a href="#inbox" title="Messagerie"><span>Messagerie</span></a></div>`,
    `<form class="${c.search}" role="search" aria-label="Rechercher dans les messages">${button('Rechercher')}`,
    `<input class="${c.searchInput}" name="q" aria-label="Rechercher dans les messages" placeholder="Rechercher dans les messages" autocomplete="off">`,
    `${button('Afficher les options de recherche')}</form>`,
    `<ul class="${c.slot}" id="bench-slot"></ul>`,
    `<div class="${c.headerActions}">${['Assistance', 'Paramètres', 'Applications Google'].map((l) => button(l)).join('')}`,
    `<a href="#account" aria-label="Compte : Jeanne Martin (jeanne.martin@example.org)"><span class="${c.icon}"></span></a></div></header>`,
    `<div class="${c.shell}"><nav class="${c.nav}" role="navigation" aria-label="Dossiers et libellés">`,
    `<div class="${c.composeWrap}"><div class="${c.compose}" role="button" tabindex="0" gh="cm">Nouveau message</div></div>`,
  );
  const folder = (slug: string, name: string) => {
    const unread = rng() < 0.4 ? Math.floor(rng() * 40) + 1 : 0;
    out.push(
      `<div class="${c.folder}"><div class="${c.folderInner}" data-tooltip="${escapeHtml(name)}"><div class="${c.folderIcon}"></div>`,
      `<div class="${c.folderName}"><span><a class="${c.folderLink}" href="#${slug}" tabindex="-1"`,
      ` aria-label="${escapeHtml(unread ? `${name} ${unread} non lus` : name)}">${escapeHtml(name)}</a></span></div>`,
      `<div class="${c.count}">${unread || ''}</div></div></div>`,
    );
  };
  for (const [slug, name] of FOLDERS) folder(slug, name);
  out.push(`<h2 class="${c.navHeading}">Libellés</h2>${button('Créer un libellé')}`);
  for (let i = 0; i < 40; i++) {
    const name = `${LABELS[i % LABELS.length]!}${i < LABELS.length ? '' : ` ${Math.floor(i / LABELS.length) + 2025}`}`;
    folder(`label/${i}`, name);
  }
  out.push(
    `</nav><main class="${c.main}" role="main">`,
    `<div class="${c.toolbar}" role="toolbar" aria-label="Actions sur les conversations">`,
    `<div class="${c.tool}" role="checkbox" aria-checked="false" aria-label="Sélectionner"><span class="${c.icon}"></span></div>`,
    button('Actualiser', c.tool),
    button("Plus d'actions", c.tool),
    `<div class="${c.pager}"><span>1–${rows} sur 2 345</span>`,
    `<div class="${c.tool}" role="button" aria-label="Plus récents" aria-disabled="true"><span class="${c.icon}"></span></div>`,
    `${button('Plus anciens', c.tool)}</div></div>`,
    `<div class="${c.tabs}" role="tablist" aria-label="Catégories">`,
    ...['Principale', 'Promotions', 'Réseaux sociaux'].map(
      (name, i) => `<div class="${c.tab}" role="tab" aria-selected="${i === 0}"><span>${name}</span></div>`,
    ),
    `</div><table class="${c.list}" role="grid" aria-label="Liste des conversations"><tbody>`,
  );
  for (let i = 0; i < rows; i++) {
    const person = rng() < 0.5;
    const name = person ? `${pick(FIRST)} ${pick(LAST)}` : pick(SERVICES);
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`;
    const subject = `${pick(SUBJECTS)} ${1 + Math.floor(rng() * 28)} ${pick(MONTHS)}`;
    const snippet = Array.from({ length: 8 + Math.floor(rng() * 14) }, () => pick(WORDS)).join(' ');
    const day = `${1 + Math.floor(rng() * 28)} ${pick(MONTHS)}`;
    const chips =
      rng() < 0.35
        ? `<div class="${c.chip}" title="${pick(LABELS)}"><div class="${c.chipInner}"><span>${pick(LABELS)}</span></div></div>`
        : '';
    const attach =
      rng() < 0.12
        ? `<span class="${c.attach}" role="link" aria-label="Pièce jointe : document.pdf"><span>document.pdf</span></span>`
        : '';
    out.push(
      `<tr class="${c.row}${rng() < 0.15 ? ` ${c.unread}` : ''}" id="r${i}" role="row" tabindex="-1" draggable="false">`,
      `<td class="${c.cell}" role="gridcell" style="width:40px"><div class="${c.check}" role="checkbox" aria-checked="false" aria-label="Sélectionner" tabindex="-1"><div class="${c.checkBox}"></div></div></td>`,
      `<td class="${c.cell}" role="gridcell" style="width:28px"><span class="${c.star}" role="button" aria-label="Non suivi" title="Non suivi"></span></td>`,
      `<td class="${c.cell}" role="gridcell" style="width:180px"><span class="${c.from}"><span class="${c.fromName}" email="${email}" name="${escapeHtml(name)}">${escapeHtml(name)}</span></span></td>`,
      `<td class="${c.cell}" role="gridcell"><div class="${c.subjWrap}" role="link" tabindex="-1"><div class="${c.subjLine}">${chips}`,
      `<span class="${c.subj}"><span data-thread-id="#thread-f:${1_800_000 + i}">${escapeHtml(subject)}</span></span>`,
      `<span class="${c.snippet}"> - ${escapeHtml(snippet)}</span>${attach}</div></div></td>`,
      `<td class="${c.cell}" role="gridcell" style="width:80px"><span title="${day} 2026, 09:41" aria-label="${day}">${day}</span></td>`,
      `<td class="${c.cell}" role="gridcell" style="width:112px"><ul class="${c.actions}" role="toolbar" aria-label="Actions">`,
      ...ROW_ACTIONS.map(
        (action) => `<li class="${c.action}" role="button" aria-label="${action}" data-tooltip="${action}"></li>`,
      ),
      '</ul></td></tr>',
    );
  }
  out.push(
    '</tbody></table><div><span>Dernière activité sur le compte : il y a 3 minutes</span> <a href="#details">Détails</a></div>',
    `</main></div><div class="${c.menu}" role="menu" aria-label="Plus d'actions">`,
    ...[
      'Marquer tout comme lu',
      'Sélectionner tout',
      'Filtrer les messages similaires',
      'Ignorer',
      'Signaler comme spam',
    ].map((item) => `<div role="menuitem"><div>${item}</div></div>`),
    `</div><div class="${c.dialog}" role="dialog" aria-label="Nouveau message">`,
    `<div class="${c.dialogHead}"><h2><span>Nouveau message</span></h2>`,
    ['Réduire', 'Plein écran', 'Enregistrer et fermer'].map((l) => button(l)).join(''),
    `</div><form><div class="${c.field}"><label for="bench-to">À</label><input id="bench-to" role="combobox" autocomplete="off"></div>`,
    `<div class="${c.field}"><label for="bench-cc">Cc</label><input id="bench-cc" autocomplete="off"></div>`,
    `<div class="${c.field}"><input name="subjectbox" class="${c.subject}" placeholder="Objet" aria-label="Objet"></div>`,
    `<div class="${c.editor}" role="textbox" aria-label="Corps du message" aria-multiline="true" contenteditable="true"><div><br></div></div>`,
    `<div class="${c.composeBar}"><div class="${c.send}" role="button" tabindex="1" aria-label="Envoyer (Ctrl-Entrée)" data-tooltip="Envoyer (Ctrl-Entrée)">Envoyer</div>`,
    [...EDITOR_BUTTONS, 'Joindre des fichiers', 'Insérer un lien', 'Insérer un emoji', 'Supprimer le brouillon']
      .map((l) => button(l))
      .join(''),
    '</div></form></div></div></body></html>',
  );

  const targets: WebmailPage['targets'] = {
    'compose-button': {
      what: 'role+name button (« Nouveau message »), top of the page',
      needsClick: true,
      target: {
        any: [
          { kind: 'css', css: `.${c.compose}[gh="cm"]` },
          { kind: 'role', role: 'button', name: ['Nouveau message', 'Compose'] },
        ],
      },
    },
    'subject-field': {
      what: 'label field (aria-label « Objet ») in the compose dialog',
      needsClick: false,
      target: {
        any: [
          { kind: 'css', css: 'input[name="subjectbox"]' },
          { kind: 'label', label: ['Objet', 'Subject'] },
        ],
      },
    },
    'sent-folder': {
      what: 'text target (« Messages envoyés ») in the folder list',
      needsClick: true,
      target: {
        any: [
          { kind: 'css', css: `.${c.nav} a[href="#sent"]` },
          { kind: 'text', text: ['Messages envoyés', 'Sent'] },
        ],
      },
    },
    'archive-row-412': {
      what: 'css+role combo: « Archiver » of row 412 (the role alone matches 800 buttons)',
      needsClick: true,
      target: {
        any: [
          { kind: 'css', css: `tr#r412 .${c.action}[data-tooltip="Archiver"]` },
          { kind: 'role', role: 'button', name: ['Archiver', 'Archive'] },
        ],
      },
    },
    'send-button': {
      what: 'near the end of the document: « Envoyer » in the compose dialog',
      needsClick: true,
      target: {
        any: [
          { kind: 'css', css: `[role="dialog"] .${c.send}` },
          { kind: 'role', role: 'button', name: ['Envoyer (Ctrl-Entrée)', 'Envoyer', 'Send'] },
        ],
      },
    },
    'missing-mon-compte': {
      what: 'missing: the CAF « Mon Compte » link (not on this page)',
      needsClick: true,
      target: {
        any: [
          { kind: 'css', css: '.is-disconnected > a[href*="page=monCompte"]' },
          { kind: 'role', role: 'link', name: ['Mon Compte', 'My account'] },
        ],
      },
    },
  };
  return { html: out.join(''), targets };
}
