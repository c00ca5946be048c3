// The counsellor pages' side of the counsellor's lock: each question goes to the background (which
// alone verifies the PIN, counts the tries and keeps the unlock); the stored unlock is watched so an
// open page locks as soon as it ends. A failed request is an explicit `undefined`, shown as such.
import type { CounsellorReply, Request, Response } from '../messaging';
import { watchUnlock } from '../storage';
import type { LockPort } from '../ui';

type Send = (request: Request) => Promise<Response>;

async function ask(send: Send, request: Request): Promise<CounsellorReply | undefined> {
  try {
    const response = await send(request);
    return response.ok ? response.counsellor : undefined;
  } catch {
    // The worker could not be reached (being restarted): the page says it did not work.
    return undefined;
  }
}

export function lockPort(send: Send): LockPort {
  return {
    status: () => ask(send, { type: 'counsellor/status' }),
    unlock: (pin) => ask(send, { type: 'counsellor/unlock', pin }),
    create: (pin) => ask(send, { type: 'counsellor/create', pin }),
    watch: watchUnlock,
  };
}

/** Ends the unlock (« Fermer l'espace médiateur »). */
export async function closeSpace(send: Send): Promise<void> {
  await ask(send, { type: 'counsellor/lock' });
}
