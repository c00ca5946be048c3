// Messaging: strict request parsing, who may send what, sender classification from the browser's
// `sender` (never the payload), and the background listener that ties them together.
import { describe, expect, it, vi } from 'vitest';
import {
  allowedFrom,
  classifySender,
  frameAddress,
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

const extensionPage: SenderInfo = { id: OWN_ID, url: `${OWN_ORIGIN}popup.html` };
const DIAGNOSTIC = {
  type: 'diagnostic/record',
  guideId: 'caf/attestation-paiement',
  stepId: 'ouvrir-mon-compte',
  reason: 'missing',
  tried: ['role:link', 'name:Mon Compte'],
};
const guidedPage: SenderInfo = {
  id: OWN_ID,
  url: 'https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte',
  frameId: 0,
  tab: { id: 12, windowId: 7 },
};

describe('parseRequest', () => {
  it.each([
    { type: 'session/get' },
    { type: 'session/get', windowId: 3 },
    { type: 'session/start', guideId: 'caf/attestation-paiement', level: 'decouvre' },
    { type: 'session/start', guideId: 'caf/attestation-paiement', level: 'debrouille', windowId: 3 },
    { type: 'session/step-done', guideId: 'caf/attestation-paiement', stepId: 'saisir-numero' },
    { type: 'session/back' },
    { type: 'session/restart', windowId: 1 },
    { type: 'session/quit' },
    DIAGNOSTIC,
    { ...DIAGNOSTIC, reason: 'help-asked', tried: [] },
    { ...DIAGNOSTIC, reason: 'stuck', tried: Array.from({ length: 12 }, () => 'x'.repeat(160)) },
    { type: 'counsellor/status' },
    { type: 'counsellor/unlock', pin: '4821' },
    { type: 'counsellor/create', pin: '20261201' },
    { type: 'counsellor/lock' },
    { type: 'secrets/switch-off' },
  ])('accepts %j', (message) => {
    expect(parseRequest(message)).toEqual(message);
  });

  it.each([
    ['null', null],
    ['a string', 'session/get'],
    ['an array', [{ type: 'session/get' }]],
    ['an unknown type', { type: 'session/delete' }],
    ['no type', { windowId: 3 }],
    ['an extra key', { type: 'session/get', tabId: 3 }],
    [
      'a typed value smuggled into step-done',
      { type: 'session/step-done', guideId: 'caf/x', stepId: 'saisir', value: '1234567890123' },
    ],
    ['a windowId on step-done', { type: 'session/step-done', guideId: 'caf/x', stepId: 'saisir', windowId: 3 }],
    ['a __proto__ key', JSON.parse('{"type":"session/get","__proto__":{"windowId":3}}') as unknown],
    ['a windowId as text', { type: 'session/get', windowId: '3' }],
    ['a fractional windowId', { type: 'session/get', windowId: 1.5 }],
    ['an unknown level', { type: 'session/start', guideId: 'caf/x', level: 'expert' }],
    ['a missing level', { type: 'session/start', guideId: 'caf/x' }],
    ['an empty guide id', { type: 'session/start', guideId: '', level: 'decouvre' }],
    ['an over-long guide id', { type: 'session/start', guideId: 'a'.repeat(121), level: 'decouvre' }],
    ['an over-long step id', { type: 'session/step-done', guideId: 'caf/x', stepId: 'a'.repeat(121) }],
    ['a guide id with capitals or spaces', { type: 'session/start', guideId: 'Caf/X Y', level: 'decouvre' }],
    ['a step id as a number', { type: 'session/step-done', guideId: 'caf/x', stepId: 3 }],
    ['a typed value smuggled into a diagnostic', { ...DIAGNOSTIC, value: '1234567890123' }],
    ['a windowId on a diagnostic', { ...DIAGNOSTIC, windowId: 3 }],
    [
      'a visited path in a diagnostic (the page never says where it is)',
      { ...DIAGNOSTIC, path: '/in/camille-exemple/' },
    ],
    ['a full URL as diagnostic path', { ...DIAGNOSTIC, path: 'https://wwwd.caf.fr/redirect' }],
    ['an over-long diagnostic path', { ...DIAGNOSTIC, path: `/${'a'.repeat(200)}` }],
    ['an unknown diagnostic reason', { ...DIAGNOSTIC, reason: 'broken' }],
    ['too many tried signals', { ...DIAGNOSTIC, tried: Array.from({ length: 13 }, () => 'role:link') }],
    ['an over-long tried signal', { ...DIAGNOSTIC, tried: ['x'.repeat(161)] }],
    ['a diagnostic without tried signals', (({ tried: _, ...rest }) => rest)(DIAGNOSTIC)],
    ['a PIN of 3 digits', { type: 'counsellor/unlock', pin: '123' }],
    ['a PIN of 9 digits', { type: 'counsellor/unlock', pin: '123456789' }],
    ['a PIN with letters', { type: 'counsellor/create', pin: '12a4' }],
    ['a PIN as a number', { type: 'counsellor/unlock', pin: 4821 }],
    ['a PIN record smuggled into create', { type: 'counsellor/create', pin: '4821', hash: 'x' }],
    ['a payload on switch-off', { type: 'secrets/switch-off', origins: ['<all_urls>'] }],
  ])('refuses %s', (_, message) => {
    expect(parseRequest(message)).toBeUndefined();
  });

  it('accepts ids of exactly 120 characters', () => {
    const id = 'a'.repeat(120);
    expect(parseRequest({ type: 'session/step-done', guideId: id, stepId: id })).toBeDefined();
  });
});

describe('allowedFrom', () => {
  it.each([
    ['session/get', ['extension-page', 'guided-page']],
    ['session/back', ['extension-page', 'guided-page']],
    ['session/restart', ['extension-page', 'guided-page']],
    ['session/quit', ['extension-page', 'guided-page']],
    ['session/start', ['extension-page']],
    ['session/step-done', ['guided-page']],
    ['diagnostic/record', ['guided-page']],
    ['coach/hidden', ['guided-page']],
    ['secrets/policy', ['guided-page', 'web-page', 'web-frame']],
    ['secrets/code-asked', ['guided-page', 'web-page']],
    ['links/check', ['guided-page', 'web-page']],
    ['counsellor/status', ['extension-page']],
    ['counsellor/unlock', ['extension-page']],
    ['counsellor/create', ['extension-page']],
    ['counsellor/lock', ['extension-page']],
    ['secrets/switch-off', ['extension-page']],
  ] as const)('%s is allowed from %j', (type, kinds) => {
    expect([...allowedFrom(type)].sort()).toEqual([...kinds].sort());
  });
});

describe('classifySender', () => {
  const classify = (sender: SenderInfo) => classifySender(sender, OWN_ID, OWN_ORIGIN, HOSTS);

  it('recognises our own extension pages', () => {
    expect(classify(extensionPage)).toBe('extension-page');
    expect(classify({ ...extensionPage, url: `${OWN_ORIGIN}guides.html#caf`, tab: { id: 3, windowId: 1 } })).toBe(
      'extension-page',
    );
  });

  it('recognises the top frame of a guided https page in a tab', () => {
    expect(classify(guidedPage)).toBe('guided-page');
    expect(classify({ ...guidedPage, url: 'https://www.caf.fr/' })).toBe('guided-page');
  });

  it.each([
    ['another extension', { ...extensionPage, id: 'autreextensionfictive' }],
    ['another extension on a guided page', { ...guidedPage, id: 'autreextensionfictive' }],
    ['no extension id', { url: extensionPage.url }],
    ['no url', { id: OWN_ID, frameId: 0, tab: { id: 12, windowId: 7 } }],
    ['another extension’s page', { ...extensionPage, url: 'chrome-extension://autreextensionfictive/popup.html' }],
    ['a data: sub-frame', { ...guidedPage, frameId: 3, url: 'data:text/html,<form>', origin: 'null' }],
    ['a sandboxed about:blank sub-frame', { ...guidedPage, frameId: 3, url: 'about:blank', origin: 'null' }],
    ['no frame id', { id: OWN_ID, url: guidedPage.url, tab: { id: 12, windowId: 7 } }],
    ['no tab', { id: OWN_ID, url: guidedPage.url, frameId: 0 }],
    ['a tab without window', { ...guidedPage, tab: { id: 12 } }],
    ['a file: page', { ...guidedPage, url: 'file:///home/exemple/page.html' }],
    ['a url that does not parse', { ...guidedPage, url: 'pas une adresse' }],
  ] as const)('refuses %s', (_, sender: SenderInfo) => {
    expect(classify(sender)).toBeUndefined();
  });
});

describe('classifySender: other web pages', () => {
  const classify = (sender: SenderInfo) => classifySender(sender, OWN_ID, OWN_ORIGIN, HOSTS);
  // Any other http(s) top frame is a plain web page: it may only ask the secrets check's policy.
  it.each([
    ['plain http', 'http://wwwd.caf.fr/redirect/s/Redirect?page=monCompte'],
    ['an unguided host', 'https://www.exemple.fr/'],
    ['a lookalike host', 'https://www.caf.fr.evil.example/'],
    ['a lookalike host by subdomain', 'https://evil.www.caf.fr/'],
    ['a guided host in the path of another', 'https://evil.example/www.caf.fr/'],
    ['a guided host as user name', 'https://www.caf.fr@evil.example/'],
  ])('%s is a web page, never a guided page', (_, url) => {
    expect(classify({ ...guidedPage, url })).toBe('web-page');
  });
});

describe('classifySender: sub-frames (the secrets check runs in every frame)', () => {
  const classify = (sender: SenderInfo) => classifySender(sender, OWN_ID, OWN_ORIGIN, HOSTS);
  it.each([
    [
      'an https frame, by its own address',
      { url: 'https://paiement.exemple.fr/carte' },
      'https://paiement.exemple.fr/carte',
    ],
    [
      'an about:blank frame, by the origin it inherits',
      { url: 'about:blank', origin: 'https://www.exemple.fr' },
      'https://www.exemple.fr/',
    ],
    ['an about:srcdoc frame', { url: 'about:srcdoc', origin: 'https://www.exemple.fr' }, 'https://www.exemple.fr/'],
    [
      'a blob: frame',
      { url: 'blob:https://www.exemple.fr/1b9d6bcd-bbfd-4b2d', origin: 'https://www.exemple.fr' },
      'https://www.exemple.fr/',
    ],
  ])('%s is a web frame', (_, frame, address) => {
    expect(classify({ ...guidedPage, frameId: 4, ...frame })).toBe('web-frame');
    expect(frameAddress(frame)).toBe(address);
  });

  it('a web frame may only ask its secrets policy, judged by its own address', async () => {
    const handle = vi.fn(async (_request: Request, _context: RequestContext): Promise<Response> => ({
      ok: true,
      snapshot: null,
    }));
    const listener = createRequestListener({ ownId: OWN_ID, ownOrigin: OWN_ORIGIN, guidedHosts: HOSTS, handle });
    const frame = { ...guidedPage, frameId: 2, url: 'about:blank', origin: 'https://www.exemple.fr' };
    expect(listener({ type: 'session/get' }, frame)).toBeUndefined();
    expect(listener({ type: 'secrets/code-asked' }, frame)).toBeUndefined();
    await expect(listener({ type: 'secrets/policy' }, frame)).resolves.toEqual({ ok: true, snapshot: null });
    expect(handle.mock.calls[0]?.[1]).toMatchObject({ kind: 'web-frame', url: 'https://www.exemple.fr/' });
  });
});

describe('createRequestListener', () => {
  function setup() {
    const handle = vi.fn(async (_request: Request, _context: RequestContext): Promise<Response> => ({
      ok: true,
      snapshot: null,
    }));
    const listener = createRequestListener({ ownId: OWN_ID, ownOrigin: OWN_ORIGIN, guidedHosts: HOSTS, handle });
    return { handle, listener };
  }

  it('stays silent (undefined) for a foreign sender, so another listener may answer', () => {
    const { handle, listener } = setup();
    expect(listener({ type: 'session/get' }, { ...guidedPage, id: 'autreextensionfictive' })).toBeUndefined();
    expect(listener({ type: 'session/get' }, { ...guidedPage, url: 'https://www.exemple.fr/' })).toBeUndefined();
    expect(handle).not.toHaveBeenCalled();
  });

  it('answers a web page only its secrets policy, with its own address', async () => {
    const { handle, listener } = setup();
    const page = { ...guidedPage, url: 'https://www.exemple.fr/formulaire' };
    expect(listener({ type: 'session/start', guideId: 'caf/x', level: 'decouvre' }, page)).toBeUndefined();
    expect(listener({ type: 'secrets/policy', windowId: 3 }, page)).toBeUndefined();
    await expect(listener({ type: 'secrets/policy' }, page)).resolves.toEqual({ ok: true, snapshot: null });
    expect(handle).toHaveBeenCalledTimes(1);
    expect(handle.mock.calls[0]?.[1]).toMatchObject({ kind: 'web-page', url: 'https://www.exemple.fr/formulaire' });
  });

  it('answers ok:false to an invalid request', async () => {
    const { handle, listener } = setup();
    await expect(
      listener({ type: 'session/start', guideId: 'caf/x', level: 'decouvre', extra: 1 }, extensionPage),
    ).resolves.toEqual({
      ok: false,
      error: 'invalid request',
    });
    expect(handle).not.toHaveBeenCalled();
  });

  it('answers ok:false to a request this sender may not send', async () => {
    const { handle, listener } = setup();
    await expect(listener({ type: 'session/start', guideId: 'caf/x', level: 'decouvre' }, guidedPage)).resolves.toEqual(
      {
        ok: false,
        error: 'not allowed from this sender',
      },
    );
    await expect(
      listener({ type: 'session/step-done', guideId: 'caf/x', stepId: 'saisir' }, extensionPage),
    ).resolves.toEqual({
      ok: false,
      error: 'not allowed from this sender',
    });
    expect(handle).not.toHaveBeenCalled();
  });

  it('takes a diagnostic only from a guided page', async () => {
    const { handle, listener } = setup();
    await expect(listener(DIAGNOSTIC, extensionPage)).resolves.toEqual({
      ok: false,
      error: 'not allowed from this sender',
    });
    expect(handle).not.toHaveBeenCalled();
    await expect(listener(DIAGNOSTIC, guidedPage)).resolves.toEqual({ ok: true, snapshot: null });
    expect(handle).toHaveBeenCalledExactlyOnceWith(DIAGNOSTIC, {
      kind: 'guided-page',
      windowId: 7,
      fromActiveTab: false,
      tabId: 12,
      url: guidedPage.url,
    });
  });

  it('hands a guided page’s request over with the window of its tab', async () => {
    const { handle, listener } = setup();
    const request = { type: 'session/step-done', guideId: 'caf/x', stepId: 'saisir' };
    await expect(listener(request, guidedPage)).resolves.toEqual({ ok: true, snapshot: null });
    expect(handle).toHaveBeenCalledExactlyOnceWith(request, {
      kind: 'guided-page',
      windowId: 7,
      fromActiveTab: false,
      tabId: 12,
      url: guidedPage.url,
    });
  });

  it('says whether a guided page’s request comes from the active tab of its window', async () => {
    const { handle, listener } = setup();
    const request = { type: 'session/jump', guideId: 'caf/x', stepId: 'saisir' };
    await listener(request, { ...guidedPage, tab: { ...guidedPage.tab, active: true } });
    expect(handle).toHaveBeenLastCalledWith(request, {
      kind: 'guided-page',
      windowId: 7,
      fromActiveTab: true,
      tabId: 12,
      url: guidedPage.url,
    });
  });

  it('ignores a windowId named by a guided page and uses its tab’s window', async () => {
    const { handle, listener } = setup();
    await listener({ type: 'session/quit', windowId: 99 }, guidedPage);
    expect(handle).toHaveBeenCalledExactlyOnceWith(
      { type: 'session/quit', windowId: 99 },
      { kind: 'guided-page', windowId: 7, fromActiveTab: false, tabId: 12, url: guidedPage.url },
    );
  });

  it('takes the window an extension page names, else the page’s own tab window', async () => {
    const { handle, listener } = setup();
    await listener({ type: 'session/start', guideId: 'caf/x', level: 'decouvre', windowId: 4 }, extensionPage);
    expect(handle).toHaveBeenLastCalledWith(expect.anything(), {
      kind: 'extension-page',
      windowId: 4,
      fromActiveTab: false,
    });
    await listener({ type: 'session/get' }, { ...extensionPage, tab: { id: 30, windowId: 5 } });
    expect(handle).toHaveBeenLastCalledWith(expect.anything(), {
      kind: 'extension-page',
      windowId: 5,
      fromActiveTab: false,
    });
    await listener({ type: 'session/get' }, extensionPage);
    expect(handle).toHaveBeenLastCalledWith(expect.anything(), {
      kind: 'extension-page',
      windowId: undefined,
      fromActiveTab: false,
    });
  });

  it('turns a failing handler into ok:false', async () => {
    const handle = vi.fn(async (): Promise<Response> => {
      throw new Error('unknown guide caf/x');
    });
    const listener = createRequestListener({ ownId: OWN_ID, ownOrigin: OWN_ORIGIN, guidedHosts: HOSTS, handle });
    await expect(listener({ type: 'session/get' }, extensionPage)).resolves.toEqual({
      ok: false,
      error: 'Error: unknown guide caf/x',
    });
  });
});
