// Classifies the sender of a runtime message from what the browser reports about it. A message
// from anywhere else (another extension, a sub-frame, a non-web page) gets no kind and is refused.
// Other http(s) sites are `web-page`: they may only ask what the secrets check watches there.

export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; windowId?: number; active?: boolean };
}

export function classifySender(
  sender: SenderInfo,
  ownId: string,
  ownOrigin: string,
  guidedHosts: ReadonlySet<string>,
): 'extension-page' | 'guided-page' | 'web-page' | undefined {
  if (sender.id !== ownId || !sender.url) return undefined;
  if (sender.url.startsWith(ownOrigin)) return 'extension-page';
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (sender.frameId !== 0 || sender.tab?.id === undefined || sender.tab.windowId === undefined) return undefined;
  return url.protocol === 'https:' && guidedHosts.has(url.hostname) ? 'guided-page' : 'web-page';
}
