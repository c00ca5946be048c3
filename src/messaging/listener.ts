// The background's single runtime.onMessage listener: establishes who sent the message, parses
// it strictly, checks that this sender may send it, then hands it to the handler.
import { allowedFrom, parseRequest, type Request, type Response, type SenderKind } from './protocol';
import { classifySender, frameAddress, type SenderInfo } from './sender';

export interface RequestContext {
  kind: SenderKind;
  /** The window the request is about: the sender's tab window, or the one an extension page named. */
  windowId: number | undefined;
  /** The request comes from the active tab of its window (the one the learner looks at). */
  fromActiveTab: boolean;
  /** A guided page's own tab, as the browser reports it (undefined for extension pages). */
  tabId?: number;
  /** A web page's address, as the browser reports it (for the risk rules and secrets check of that page). */
  url?: string;
}

export interface ListenerOptions {
  ownId: string;
  ownOrigin: string;
  guidedHosts: ReadonlySet<string>;
  handle: (request: Request, context: RequestContext) => Promise<Response>;
}

export function createRequestListener(options: ListenerOptions) {
  return (message: unknown, sender: SenderInfo): Promise<Response> | undefined => {
    const kind = classifySender(sender, options.ownId, options.ownOrigin, options.guidedHosts);
    if (!kind) return undefined;
    const request = parseRequest(message);
    const allowed = request !== undefined && allowedFrom(request.type).includes(kind);
    // Any other site may only ask its secrets policy: anything else from it stays unanswered.
    if ((kind === 'web-page' || kind === 'web-frame') && !allowed) return undefined;
    if (!request) return Promise.resolve({ ok: false, error: 'invalid request' });
    if (!allowed) return Promise.resolve({ ok: false, error: 'not allowed from this sender' });
    const named = 'windowId' in request ? request.windowId : undefined;
    const windowId = kind !== 'extension-page' ? sender.tab?.windowId : (named ?? sender.tab?.windowId);
    return options
      .handle(request, {
        kind,
        windowId,
        fromActiveTab: sender.tab?.active === true,
        ...(kind !== 'extension-page' ? { tabId: sender.tab?.id } : {}),
        ...(kind === 'web-frame'
          ? { url: frameAddress(sender) }
          : kind !== 'extension-page' && sender.url
            ? { url: sender.url }
            : {}),
      })
      .catch((error: unknown) => ({ ok: false, error: String(error) }));
  };
}
