// Background side: the secrets check runs on every site only while the learner (or the
// administrator) has granted the optional « all sites » permission. This keeps the registered
// content script in step with that permission; the browser calls sit behind a small port. It runs
// in every frame, about:blank, about:srcdoc and blob: frames included (matchOriginAsFallback).

/** The optional host permission the secrets check needs (manifest: optional_host_permissions). */
export const ALL_SITES = ['https://*/*', 'http://*/*'];
export const SECRETS_SCRIPT_ID = 'coup-de-pouce-secrets';

/** The registered script (scripting.RegisteredContentScript; matchOriginAsFallback came to
 * Firefox in version 128, the manifest's strict_min_version). */
export const SECRETS_SCRIPT = {
  id: SECRETS_SCRIPT_ID,
  js: ['secrets.js'],
  matches: ALL_SITES,
  runAt: 'document_idle',
  allFrames: true,
  matchOriginAsFallback: true,
  persistAcrossSessions: true,
} as const;

/** What the browser says of a registered script. */
export interface RegisteredScript {
  id: string;
  allFrames?: boolean;
}

export interface ScriptingPort {
  /** Is the « all sites » permission granted? */
  granted(): Promise<boolean>;
  /** The content scripts registered now. */
  registered(): Promise<RegisteredScript[]>;
  register(): Promise<void>;
  unregister(): Promise<void>;
}

/** Returns a function that brings the registration in line with the permission; calls are
 * queued, so two quick permission changes never register twice. Failures are swallowed (the next
 * sync retries) and reported as false. */
export function createSecretsSync(port: ScriptingPort): () => Promise<boolean> {
  let queue: Promise<boolean> = Promise.resolve(false);
  const once = async (): Promise<boolean> => {
    const want = await port.granted();
    const have = (await port.registered()).find((script) => script.id === SECRETS_SCRIPT_ID);
    // One registered by an older version, top frames only, is registered again as it is now.
    if (have && (!want || have.allFrames !== SECRETS_SCRIPT.allFrames)) await port.unregister();
    if (want && (!have || have.allFrames !== SECRETS_SCRIPT.allFrames)) await port.register();
    return want;
  };
  return () => {
    queue = queue.then(once, once).catch(() => false);
    return queue;
  };
}
