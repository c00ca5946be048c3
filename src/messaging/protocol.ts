// The one wire protocol between the background, content scripts and extension pages. Every
// request is parsed with a strict schema; who may send which request is decided by `allowedFrom`.
import * as z from 'zod/mini';
import type { Guide, Risk, RiskRule } from '../guide';
import type { WipeFailure } from '../kiosk';
import type { Look } from '../look';

/** At most this many links in one `links/check` (src/mail-links sends them in batches of it). */
export const LINKS_PER_REQUEST = 50;

// Built lazily so that a content script importing only the types pulls in no schema code.
function buildRequestSchema() {
  // No code generation: extension CSP forbids eval and reviewers flag it (docs/security.md, CSP).
  z.config({ jitless: true });
  const level = z.enum(['decouvre', 'entraine', 'debrouille']);
  const id = z.string().check(z.minLength(1), z.maxLength(120), z.regex(/^[a-z0-9/-]+$/));
  const windowId = z.optional(z.number().check(z.int()));
  const host = z.string().check(z.minLength(1), z.maxLength(253), z.regex(/^[a-z0-9.-]+$/));
  const pin = z.string().check(z.regex(/^\d{4,8}$/));
  return z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('session/get'), windowId }),
    z.strictObject({ type: z.literal('session/start'), guideId: id, level, windowId }),
    z.strictObject({ type: z.literal('session/step-done'), guideId: id, stepId: id }),
    z.strictObject({ type: z.literal('session/back'), windowId }),
    z.strictObject({ type: z.literal('session/restart'), windowId }),
    z.strictObject({ type: z.literal('session/jump'), guideId: id, stepId: id }),
    z.strictObject({ type: z.literal('session/skip'), guideId: id, stepId: id }),
    z.strictObject({ type: z.literal('session/quit'), windowId }),
    z.strictObject({ type: z.literal('session/resume'), windowId }),
    // « Je ne trouve pas »: where a guide failed. The step and the locator's own signals; never the
    // page's address (the background notes the step's page pattern from the guide), a typed value
    // or page text.
    z.strictObject({
      type: z.literal('diagnostic/record'),
      guideId: id,
      stepId: id,
      reason: z.enum(['missing', 'ambiguous', 'hidden', 'stuck', 'help-asked']),
      tried: z.array(z.string().check(z.maxLength(160))).check(z.maxLength(12)),
    }),
    // The page removed, moved or covered the coach while it was shown: the background raises a
    // « ! » on the toolbar badge of that tab (trusted UI the page cannot reach). No payload.
    z.strictObject({ type: z.literal('coach/hidden') }),
    // The learner's answer in a risk dialog, for the report: a built-in rule's id (the background
    // checks it is one), or none for the current step's risk. Nothing else.
    z.strictObject({ type: z.literal('risk/answer'), rule: z.optional(id), yes: z.boolean() }),
    // The secrets check (any site, with the optional permission): which kinds of secret to watch
    // on the sender's own page, as the browser reports its address. No payload.
    z.strictObject({ type: z.literal('secrets/policy') }),
    // The secrets check on a genuine service's page: this page now asks for a one-time code (the
    // background notes which site, from the browser's `sender`, and when). No payload.
    z.strictObject({ type: z.literal('secrets/code-asked') }),
    // The mail-link check (webmails of data/mail-sites.yaml): the host names of an opened
    // message's links, with the host each link's text shows. Never the message text, a path or a query.
    z.strictObject({
      type: z.literal('links/check'),
      links: z
        .array(z.strictObject({ shown: z.optional(host), target: host }))
        .check(z.minLength(1), z.maxLength(LINKS_PER_REQUEST)),
    }),
    // « Terminer ma session »: what the session left (sites, downloads, tabs), then the wipe with
    // the learner's choices (outside kiosk mode, `logout`: « Me déconnecter de ces sites »). The
    // background knows the ids; the popup only says yes or no.
    z.strictObject({ type: z.literal('kiosk/summary') }),
    z.strictObject({
      type: z.literal('kiosk/end'),
      deleteDownloads: z.boolean(),
      closeTabs: z.boolean(),
      logout: z.boolean(),
    }),
    // « J'ai besoin d'aide » in the popup: a « ? » on the toolbar of that window, noted in the
    // report. No payload but the window.
    z.strictObject({ type: z.literal('help/ask'), windowId }),
    // The help request was answered (the learner, or the counsellor's page for every window).
    z.strictObject({ type: z.literal('help/clear'), windowId }),
    // A session link seen in this window (parsed by the background from the address it saw).
    z.strictObject({ type: z.literal('link/get'), windowId }),
    z.strictObject({ type: z.literal('link/dismiss'), windowId }),
    // The learner's choice on the genuine-site warning page, for the report: which service the
    // address imitated (an id of data/official-domains.yaml) and a fixed choice, nothing else.
    z.strictObject({ type: z.literal('warning/choice'), service: id, choice: z.enum(['continue', 'genuine']) }),
    // The counsellor's lock (counsellor page and report): the background holds the PIN, counts the
    // tries and keeps the short-lived unlock. The PIN typed is verified and never kept.
    z.strictObject({ type: z.literal('counsellor/status') }),
    z.strictObject({ type: z.literal('counsellor/unlock'), pin }),
    z.strictObject({ type: z.literal('counsellor/create'), pin }),
    z.strictObject({ type: z.literal('counsellor/lock') }),
    // The popup's secrets switch turned off: the background gives the « all sites » permission
    // back, unless the administrator's policy keeps the check on (secretsCheck: true).
    z.strictObject({ type: z.literal('secrets/switch-off') }),
  ]);
}
let requestSchema: ReturnType<typeof buildRequestSchema> | undefined;

/** Parses an incoming request; undefined when it is not exactly one of the protocol's messages. */
export function parseRequest(data: unknown): Request | undefined {
  requestSchema ??= buildRequestSchema();
  const parsed = requestSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
export type Request = z.infer<ReturnType<typeof buildRequestSchema>>;
export type RequestType = Request['type'];

/** Where a request comes from, as established from the browser's `sender`, never from the payload.
 * `web-page`: the top frame of a tab on any other http(s) site (the secrets check runs there).
 * `web-frame`: a sub-frame of any tab, http(s) or inheriting an http(s) origin (the secrets check too). */
export type SenderKind = 'extension-page' | 'guided-page' | 'web-page' | 'web-frame';

/** Which senders may send each request: the page can report progress, only our UI can start. */
export function allowedFrom(type: RequestType): readonly SenderKind[] {
  switch (type) {
    case 'session/get':
    case 'session/back':
    case 'session/restart':
    case 'session/quit':
      return ['extension-page', 'guided-page'];
    case 'session/start':
    case 'session/resume':
    case 'kiosk/summary':
    case 'kiosk/end':
    case 'help/ask':
    case 'help/clear':
    case 'link/get':
    case 'link/dismiss':
    case 'warning/choice':
    case 'counsellor/status':
    case 'counsellor/unlock':
    case 'counsellor/create':
    case 'counsellor/lock':
    case 'secrets/switch-off':
      return ['extension-page'];
    case 'session/step-done':
    case 'risk/answer':
    case 'diagnostic/record':
    case 'coach/hidden':
    case 'session/jump':
    case 'session/skip':
      return ['guided-page'];
    case 'secrets/policy':
      return ['guided-page', 'web-page', 'web-frame'];
    case 'secrets/code-asked':
      return ['guided-page', 'web-page'];
    // The background also checks that the page is one of data/mail-sites.yaml's webmails.
    case 'links/check':
      return ['guided-page', 'web-page'];
  }
}

export interface SessionSnapshot {
  guide: Guide;
  state: {
    guideId: string;
    level: 'decouvre' | 'entraine' | 'debrouille';
    status: 'running' | 'finished';
    stepIndex: number;
    startedAt: number;
    stepStartedAt: number;
    durations: Record<string, number>;
  };
}

/** The secrets check's answer for one page: what to watch, and whether the site imitates a service. */
export interface SecretWatchReply {
  kinds: ('nir' | 'iban' | 'card' | 'code' | 'password')[];
  imitation: boolean;
  /** A genuine service's page: say when it asks for a one-time code (`secrets/code-asked`). */
  codeAsk?: boolean;
  /** A one-time code was asked by this other genuine site (« le vrai site de la Caf ») minutes ago:
   * any 6-digit value sent here is treated as that code. */
  codeFor?: string;
  /** The dialog for each watched kind, in the learner's language (the page picks one). */
  risks?: Partial<Record<SecretWatchReply['kinds'][number], Risk>>;
}

/** What the learner's session left behind, for « Terminer ma session » (names are read from the
 * browser's download list when asked, never stored). */
export interface EndSummary {
  sites: string[];
  downloads: { id: number; name: string }[];
  tabs: number;
  /** Kiosk mode: everything goes, the learner has no choice to make. */
  kiosk: boolean;
  /** What the last wipe could not remove (with kiosk/end: this wipe's). */
  failed: WipeFailure[];
}

/** A session link seen in the window: a catalogue guide and level to propose, or a calm refusal. */
export type LinkProposal =
  { kind: 'proposal'; guideId: string; level: 'decouvre' | 'entraine' | 'debrouille' } | { kind: 'invalid' };

/** The counsellor's lock as the background answers it (src/counsellor/gate.ts): which PIN guards
 * the space (`ask-admin`: none can be used or chosen here, and `why`), how long the unlock still
 * lasts and how long before a PIN may be tried (ms), and what the request did. */
export interface CounsellorReply {
  source: 'policy' | 'stored' | 'create' | 'ask-admin';
  why?: 'kiosk' | 'broken-policy';
  unlockedFor: number;
  waitFor: number;
  outcome?: 'unlocked' | 'wrong' | 'waiting' | 'no-pin' | 'created' | 'refused' | 'invalid';
}

export type Response =
  /** `rules`: with session/get from a guided page, the built-in risk rules of that page.
   * `secrets`: with secrets/policy, what that page's secrets check watches.
   * `links`: with links/check, one warning per link in order (null: nothing to say).
   * `summary`: with kiosk/summary (and kiosk/end: what was there before the wipe).
   * `proposal`: with link/get, the session link waiting in that window, if any.
   * `help`: with help/ask and link/get, whether that window's help request is still waiting.
   * `look`: with session/get, secrets/policy and links/check, the overlay's language, strings and style.
   * `counsellor`: with counsellor/*, the lock's state and what the request did.
   * `switchedOff`: with secrets/switch-off, whether the permission was given back. */
  | {
      ok: true;
      snapshot: SessionSnapshot | null;
      rules?: RiskRule[];
      secrets?: SecretWatchReply;
      links?: (string | null)[];
      summary?: EndSummary;
      proposal?: LinkProposal;
      help?: boolean;
      look?: Look;
      counsellor?: CounsellorReply;
      switchedOff?: boolean;
    }
  | { ok: false; error: string };

/** Pushed by the background to the tabs of a window when its session changes. */
export interface SessionPush {
  type: 'session/update';
  snapshot: SessionSnapshot | null;
  /** Only when the learner changed their display choices: the new look, and the guide in it. */
  look?: Look;
}

export function isSessionPush(message: unknown): message is SessionPush {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'session/update';
}
