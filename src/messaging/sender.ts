// Classifies the sender of a runtime message from what the browser reports about it. A message
// from anywhere else (another extension, a sub-frame, a non-web page) gets no kind and is refused.
// Other http(s) sites are `web-page`: they may only ask what the secrets check watches there; so
// may their sub-frames (`web-frame`), judged by their own address, or for an about:blank,
// about:srcdoc or blob: frame by the origin it has.

export interface SenderInfo {
  id?: string;
  url?: string;
  /** The document's origin (about:blank and about:srcdoc frames inherit their parent's). */
  origin?: string;
  frameId?: number;
  tab?: { id?: number; windowId?: number; active?: boolean };
}

export function classifySender(
  sender: SenderInfo,
  ownId: string,
  ownOrigin: string,
  guidedHosts: ReadonlySet<string>,
): 'extension-page' | 'guided-page' | 'web-page' | 'web-frame' | undefined {
  if (sender.id !== ownId || !sender.url) return undefined;
  if (sender.url.startsWith(ownOrigin)) return 'extension-page';
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return undefined;
  }
  if (sender.tab?.id === undefined || sender.tab.windowId === undefined || sender.frameId === undefined)
    return undefined;
  if (sender.frameId !== 0) return frameAddress(sender) === undefined ? undefined : 'web-frame';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return url.protocol === 'https:' && guidedHosts.has(url.hostname) ? 'guided-page' : 'web-page';
}

const isWeb = (url: URL) => url.protocol === 'https:' || url.protocol === 'http:';

/** The address a sub-frame's secrets are judged by: its own http(s) address, or for a blob:,
 * about:blank or about:srcdoc frame the http(s) origin it has; undefined for anything else
 * (an opaque origin, a data: frame). */
export function frameAddress(sender: Pick<SenderInfo, 'url' | 'origin'>): string | undefined {
  try {
    const url = new URL(sender.url ?? '');
    if (isWeb(url)) return url.href;
    // blob:https://host/… carries its creator's origin.
    if (url.protocol === 'blob:') return isWeb(new URL(url.origin)) ? `${url.origin}/` : undefined;
    if (url.href !== 'about:blank' && url.href !== 'about:srcdoc') return undefined;
    const origin = new URL(sender.origin ?? '');
    return isWeb(origin) && origin.origin === sender.origin ? `${origin.origin}/` : undefined;
  } catch {
    return undefined;
  }
}
