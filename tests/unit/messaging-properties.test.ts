// Property-based tests (fast-check) over the background's message listener: random values,
// prototype keys, oversized strings, wrong types and extra fields are all refused before the
// handler; forged senders (another extension, a sub-frame, http, an unguided host, no tab) too.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  createRequestListener,
  parseRequest,
  type Request,
  type RequestContext,
  type Response,
  type SenderInfo,
} from '../../src/messaging';

const OWN_ID = 'extensionfictiveidentifiant';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
const HOSTS: ReadonlySet<string> = new Set(['www.caf.fr', 'wwwd.caf.fr']);
const RUNS = { numRuns: 300 };

const extensionPage: SenderInfo = { id: OWN_ID, url: `${OWN_ORIGIN}popup.html`, tab: { id: 30, windowId: 5 } };
const guidedPage: SenderInfo = {
  id: OWN_ID,
  url: 'https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte',
  frameId: 0,
  tab: { id: 12, windowId: 7, active: true },
};

/** One valid message of each kind: the mutations below start from these. */
const VALID: Record<string, unknown>[] = [
  { type: 'session/get' },
  { type: 'session/get', windowId: 3 },
  { type: 'session/start', guideId: 'caf/attestation-paiement', level: 'decouvre', windowId: 3 },
  { type: 'session/step-done', guideId: 'caf/attestation-paiement', stepId: 'saisir-numero' },
  { type: 'session/back' },
  { type: 'session/restart' },
  { type: 'session/jump', guideId: 'caf/attestation-paiement', stepId: 'valider' },
  { type: 'session/skip', guideId: 'caf/attestation-paiement', stepId: 'valider' },
  { type: 'session/quit' },
  { type: 'session/resume' },
  {
    type: 'diagnostic/record',
    guideId: 'caf/attestation-paiement',
    stepId: 'ouvrir-mon-compte',
    reason: 'missing',
    tried: ['role:link'],
  },
  { type: 'coach/hidden' },
];

function setup() {
  const handle = vi.fn(async (_request: Request, _context: RequestContext): Promise<Response> => ({
    ok: true,
    snapshot: null,
  }));
  const listener = createRequestListener({ ownId: OWN_ID, ownOrigin: OWN_ORIGIN, guidedHosts: HOSTS, handle });
  return { handle, listener };
}

/** Messages cross the browser as JSON: what arrives is what survives a JSON round trip. */
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

/** Sends to the listener from both kinds of trusted sender; every answer must be a refusal. */
async function expectRefused(message: unknown): Promise<void> {
  const { handle, listener } = setup();
  for (const sender of [extensionPage, guidedPage]) {
    const answer = await listener(message, sender);
    if (answer !== undefined) expect(answer.ok).toBe(false);
  }
  expect(handle).not.toHaveBeenCalled();
}

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const keyArb = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, 'tabId', 'url', 'value', 'hidden'), fc.string());
const validArb = fc.constantFrom(...VALID);

/** A valid message with one more field, prototype keys included (made own keys, as JSON.parse does). */
const extraFieldArb = fc.tuple(validArb, keyArb, fc.jsonValue()).filter(([message, key]) => !(key in message));

/** A valid message with one of its fields (type included) replaced by a value of another shape. */
const wrongTypeArb = fc
  .tuple(
    validArb,
    fc.nat(),
    fc.oneof(
      fc.jsonValue(),
      fc.constant(null),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.array(fc.string()),
      fc.object(),
      fc.string().map((s) => s.toUpperCase() + ' !'),
    ),
  )
  .map(([message, pick, value]) => {
    const keys = Object.keys(message);
    const key = keys[pick % keys.length]!;
    return { message: { ...message, [key]: value }, key, value };
  })
  // A value that happens to be another valid one (a windowId, a known level) is no mutation.
  .filter(({ message }) => parseRequest(message) === undefined);

/** A valid message whose string field is made longer than the protocol allows. */
const oversizedArb = fc
  .tuple(
    fc.constantFrom(...VALID.filter((m) => 'guideId' in m)),
    fc.constantFrom('guideId', 'stepId', 'path'),
    fc.integer({ min: 121, max: 100_000 }),
  )
  .filter(([message, key]) => key in message)
  .map(([message, key, length]) => ({
    ...message,
    [key]: key === 'path' ? `/${'a'.repeat(Math.max(length, 200))}` : 'a'.repeat(length),
  }));

describe('the background listener refuses every malformed payload (properties)', () => {
  it('random JSON values (objects, arrays, strings, numbers) never reach the handler', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        fc.pre(parseRequest(value) === undefined); // practically always: a random value is no message
        await expectRefused(wire(value));
      }),
      RUNS,
    );
  });

  it('random objects with a known message type but random fields never reach the handler', async () => {
    await fc.assert(
      fc.asyncProperty(
        validArb,
        fc.dictionary(keyArb, fc.jsonValue(), { minKeys: 1, maxKeys: 4 }),
        async (valid, fields) => {
          const message = wire({ ...fields, type: valid.type });
          fc.pre(parseRequest(message) === undefined); // e.g. {type:'session/get', windowId: 3} is valid
          await expectRefused(message);
        },
      ),
      RUNS,
    );
  });

  it('an extra field, prototype keys included, is refused', async () => {
    await fc.assert(
      fc.asyncProperty(extraFieldArb, async ([message, key, value]) => {
        // Built as JSON text so that `__proto__` becomes an own key, as on the wire.
        const body = JSON.stringify(message).slice(0, -1);
        const text = `${body}${body.length > 1 ? ',' : ''}${JSON.stringify(key)}:${JSON.stringify(value)}}`;
        await expectRefused(JSON.parse(text));
      }),
      RUNS,
    );
  });

  it('a field of the wrong type is refused', async () => {
    await fc.assert(
      fc.asyncProperty(wrongTypeArb, async ({ message }) => {
        await expectRefused(wire(message));
      }),
      RUNS,
    );
  });

  it('an oversized string is refused', async () => {
    await fc.assert(
      fc.asyncProperty(oversizedArb, async (message) => {
        await expectRefused(message);
      }),
      { numRuns: 60 },
    );
  });

  it('a valid message wrapped in an array, as JSON text or under a prototype is refused', async () => {
    await fc.assert(
      fc.asyncProperty(validArb, async (message) => {
        await expectRefused([message]);
        await expectRefused(JSON.stringify(message));
        await expectRefused(JSON.parse(`{"__proto__":${JSON.stringify(message)}}`));
        await expectRefused(JSON.parse(`{"constructor":{"prototype":${JSON.stringify(message)}}}`));
      }),
    );
  });

  it('a guided page never starts or resumes a guide, and never picks its window', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('session/start', 'session/resume'),
        fc.integer({ min: -1e6, max: 1e6 }),
        async (type, windowId) => {
          const { handle, listener } = setup();
          const start = {
            type,
            windowId,
            ...(type === 'session/start' ? { guideId: 'caf/x', level: 'decouvre' } : {}),
          };
          await expect(listener(start, guidedPage)).resolves.toEqual({
            ok: false,
            error: 'not allowed from this sender',
          });
          expect(handle).not.toHaveBeenCalled();
          await listener({ type: 'session/quit', windowId }, guidedPage);
          expect(handle).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ windowId: 7, tabId: 12 }));
        },
      ),
    );
  });
});

/** Senders the listener must not even answer (undefined), whatever the message. */
const forgedSenderArb: fc.Arbitrary<[string, SenderInfo]> = fc.oneof(
  fc
    .string({ minLength: 1 })
    .filter((id) => id !== OWN_ID)
    .chain((id) =>
      fc.constantFrom<[string, SenderInfo]>(
        ['another extension on a guided page', { ...guidedPage, id }],
        ['another extension’s page', { id, url: `chrome-extension://${id}/popup.html` }],
        ['our id with another extension’s origin', { ...extensionPage, url: `chrome-extension://${id}x/popup.html` }],
      ),
    ),
  fc.integer({ min: 1, max: 1e6 }).map((frameId): [string, SenderInfo] => ['a sub-frame', { ...guidedPage, frameId }]),
  fc.constantFrom<[string, SenderInfo]>(
    ['no extension id', { ...guidedPage, id: undefined }],
    ['no url', { ...guidedPage, url: undefined }],
    ['no frame id', { ...guidedPage, frameId: undefined }],
    ['no tab', { ...guidedPage, tab: undefined }],
    ['a tab without id', { ...guidedPage, tab: { windowId: 7 } }],
    ['a tab without window', { ...guidedPage, tab: { id: 12 } }],
    ['plain http', { ...guidedPage, url: 'http://wwwd.caf.fr/redirect/s/Redirect?page=monCompte' }],
    ['a moz-extension page', { ...extensionPage, url: `moz-extension://${OWN_ID}/popup.html` }],
  ),
  fc
    .tuple(fc.domain(), fc.webPath())
    .filter(([host]) => !HOSTS.has(host))
    .map(([host, path]): [string, SenderInfo] => [
      'an unguided host',
      { ...guidedPage, url: `https://${host}${path}` },
    ]),
  fc
    .constantFrom(...HOSTS)
    .chain((host) =>
      fc.constantFrom(
        `https://${host}.evil.example/`,
        `https://evil.${host}/`,
        `https://evil.example/${host}/`,
        `https://${host}@evil.example/`,
        `https://evil.example/?${host}`,
        `https://evil.example/#${host}`,
      ),
    )
    .map((url): [string, SenderInfo] => ['a lookalike of a guided host', { ...guidedPage, url }]),
);

describe('the background listener ignores forged senders (properties)', () => {
  it('a valid message from a forged sender gets no answer and never reaches the handler', async () => {
    await fc.assert(
      fc.asyncProperty(validArb, forgedSenderArb, async (message, [, sender]) => {
        const { handle, listener } = setup();
        expect(listener(message, sender)).toBeUndefined();
        expect(handle).not.toHaveBeenCalled();
      }),
      RUNS,
    );
  });
});
