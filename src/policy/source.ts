// Where the policy comes from: storage.managed (Chrome/Edge managed_schema, Firefox 3rdparty
// policies). Browser tests cannot set managed policy, so a build made with
// COUP_DE_POUCE_TEST_POLICY=1 also reads `local:testPolicy` through the same parser; in any other
// build the constant is false and that branch is removed.
import { parsePolicy, type ParsedPolicy } from './schema';

/** Storage key of the test-only policy (test builds only). */
export const TEST_POLICY_KEY = 'testPolicy';

async function managedValue(): Promise<unknown> {
  try {
    // Firefox throws when no policy names this add-on; Chrome answers {}.
    return await browser.storage.managed.get(null);
  } catch {
    return undefined;
  }
}

/** The policy now, parsed field by field (never throws). `answered`: managed storage gave at least
 * one field (just after the browser starts it may fail or answer `{}`: src/kiosk/setting.ts retries). */
export async function readPolicy(knownGuides?: ReadonlySet<string>): Promise<ParsedPolicy & { answered: boolean }> {
  let raw = await managedValue();
  if (import.meta.env.COUP_DE_POUCE_TEST_POLICY === '1') {
    const stored = await browser.storage.local.get(TEST_POLICY_KEY);
    if (stored[TEST_POLICY_KEY] !== undefined) raw = stored[TEST_POLICY_KEY];
  }
  const answered = typeof raw === 'object' && raw !== null && Object.keys(raw).length > 0;
  return { ...parsePolicy(raw, knownGuides), answered };
}

/** Calls `changed` when the policy may have changed; returns the unsubscribe function. */
export function watchPolicy(changed: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed' || (import.meta.env.COUP_DE_POUCE_TEST_POLICY === '1' && area === 'local')) changed();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
