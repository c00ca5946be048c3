// The shape of data/mail-sites.yaml once validated: the webmails whose opened messages get their
// links checked, and where their message bodies are. Shared by the build, the content script and
// the background's sender check.
import type { Redirector } from './hosts';

export interface MailSite {
  id: string;
  /** https URL patterns (`*` = anything) of the webmail's pages: the content script's matches. */
  matches: string[];
  /** CSS selectors of an opened message's body; links are looked for only inside them. */
  bodies: string[];
  /** CSS selectors of the part of the page where messages are swapped; first found is watched. */
  area: string[];
  /** Where the webmail sends outside links through its own redirector (judged on the real address). */
  redirectors: Redirector[];
}

export interface MailSites {
  version: 1;
  sites: MailSite[];
}
