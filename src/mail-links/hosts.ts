// Page side of the mail-link check: for one link of an opened message, the host it really leads
// to and the host its visible text shows, if any. Pure and total (never throws). Only these host
// names leave the page: never the message text, the link's path or its query.

/** What the background judges for one link: hosts only, lower case, in ASCII (punycode). */
export interface LinkHosts {
  /** The host written in the link's visible text ("www.caf.fr"), when it shows one. */
  shown?: string;
  /** The host the link leads to. */
  target: string;
}

/** A host name as the background accepts it (protocol.ts checks the same shape). */
const HOST = /^[a-z0-9.-]{1,253}$/;
/** The first address-looking word of a text: optional scheme, labels, a dot, letters. */
const ADDRESS = /(?:https?:\/\/)?((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})(?![\p{L}\p{N}@-])/iu;

function parse(href: string, base?: string): URL | undefined {
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}

/** A webmail's redirector, from data/mail-sites.yaml: `https://www.google.com/url` with `q`. */
export interface Redirector {
  /** The redirector's address without its query. */
  address: string;
  /** The query parameter that holds the real address. */
  param: string;
}

/** The real address behind a redirector (one level), else the address itself. */
function unwrap(url: URL, redirectors: readonly Redirector[]): URL {
  const at = `${url.origin}${url.pathname}`;
  for (const { address, param } of redirectors) {
    const inner = at === address ? parse(url.searchParams.get(param) ?? '') : undefined;
    if (inner) return inner;
  }
  return url;
}

function hostOf(url: URL | undefined): string | undefined {
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return HOST.test(host) ? host : undefined;
}

/** The host a visible text shows ("https://www.caf.fr/…", "caf.fr"), in punycode; not an e-mail address. */
export function shownHost(text: string): string | undefined {
  const match = ADDRESS.exec(text.slice(0, 300));
  if (!match?.[1] || text[match.index - 1] === '@') return undefined;
  return hostOf(parse(`https://${match[1]}/`));
}

/**
 * The hosts of one link, or undefined when there is nothing to judge: mailto:, tel:, javascript:,
 * a malformed address, or a link inside the webmail itself (relative, or to `base`'s own host).
 * A link through one of the webmail's `redirectors` is judged on the address it redirects to.
 */
export function linkHosts(
  text: string,
  href: string,
  base: string,
  redirectors: readonly Redirector[] = [],
): LinkHosts | undefined {
  const url = parse(href.trim(), base);
  if (!url) return undefined;
  const target = hostOf(unwrap(url, redirectors));
  if (!target || target === hostOf(parse(base))) return undefined;
  const shown = shownHost(text);
  return shown && shown !== target ? { shown, target } : { target };
}
