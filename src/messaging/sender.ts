// Classifies the sender of a runtime message from what the browser reports about it. A message
// from anywhere else (another extension, a sub-frame, an unguided site) gets no kind and is refused.

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
): 'extension-page' | 'guided-page' | undefined {
  if (sender.id !== ownId || !sender.url) return undefined;
  if (sender.url.startsWith(ownOrigin)) return 'extension-page';
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || !guidedHosts.has(url.hostname)) return undefined;
  if (sender.frameId !== 0 || sender.tab?.id === undefined || sender.tab.windowId === undefined) return undefined;
  return 'guided-page';
}
