// The counsellor's requests as the background answers them: one gate call each, the reply being
// the lock's state and what the request did. Shapes only (the wire protocol is src/messaging's).
import type { CounsellorGate, CreateOutcome, GateStatus, UnlockOutcome } from './gate';

export type GateRequest =
  | { type: 'counsellor/status' }
  | { type: 'counsellor/unlock'; pin: string }
  | { type: 'counsellor/create'; pin: string }
  | { type: 'counsellor/lock' };

export async function answerGate(
  gate: CounsellorGate,
  request: GateRequest,
): Promise<GateStatus & { outcome?: UnlockOutcome | CreateOutcome }> {
  switch (request.type) {
    case 'counsellor/status':
      return gate.status();
    case 'counsellor/unlock':
      return gate.unlock(request.pin);
    case 'counsellor/create':
      return gate.create(request.pin);
    case 'counsellor/lock':
      await gate.end();
      return gate.status();
    default:
      return request satisfies never;
  }
}

export function isGateRequest(request: { type: string }): request is GateRequest {
  return request.type.startsWith('counsellor/');
}
