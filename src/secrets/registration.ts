// Background side: the secrets check runs on every site only while the learner (or the
// administrator) has granted the optional « all sites » permission. This keeps the registered
// content script in step with that permission; the browser calls sit behind a small port.

/** The optional host permission the secrets check needs (manifest: optional_host_permissions). */
export const ALL_SITES = ['https://*/*', 'http://*/*'];
export const SECRETS_SCRIPT_ID = 'coup-de-pouce-secrets';

export interface ScriptingPort {
  /** Is the « all sites » permission granted? */
  granted(): Promise<boolean>;
  /** Ids of the content scripts registered now. */
  registered(): Promise<string[]>;
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
    const have = (await port.registered()).includes(SECRETS_SCRIPT_ID);
    if (want && !have) await port.register();
    if (!want && have) await port.unregister();
    return want;
  };
  return () => {
    queue = queue.then(once, once).catch(() => false);
    return queue;
  };
}
