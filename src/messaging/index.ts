// The wire protocol and sender checks, shared by background, content script and extension pages.
export {
  allowedFrom,
  type EndSummary,
  isSessionPush,
  LINKS_PER_REQUEST,
  parseRequest,
  type Request,
  type RequestType,
  type Response,
  type SenderKind,
  type SessionPush,
  type SessionSnapshot,
  type LinkProposal,
  type CounsellorReply,
} from './protocol';
export { classifySender, frameAddress, type SenderInfo } from './sender';
export { nativeRuntime, type NativeRuntime } from './native-runtime';
export { createRequestListener, type ListenerOptions, type RequestContext } from './listener';
