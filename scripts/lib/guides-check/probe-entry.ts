// Page side of `guides:check`, bundled by esbuild and evaluated in the replica page: runs the
// extension's own locator on a step's target and reports its status and the signals it tried.
import { describeTried, locate } from '../../../src/locate';
import type { ProbeApi, ProbeResult } from './probe-api';

function probe(...[target, needsClick]: Parameters<ProbeApi['locate']>): ProbeResult {
  try {
    const result = locate(target, document, { needsClick });
    const signals = describeTried(result.tried).map(({ signal, matches, note }) => ({ signal, matches, note }));
    switch (result.status) {
      case 'found':
        return { status: 'found', signals };
      case 'missing':
        return { status: 'missing', ...(result.weak ? { detail: 'best candidate too weak' } : {}), signals };
      case 'ambiguous':
        return { status: 'ambiguous', detail: `${result.count} elements tie`, signals };
      case 'hidden':
        return { status: 'hidden', detail: result.reason, signals };
    }
  } catch (error) {
    return { status: 'error', detail: String(error), signals: [] };
  }
}

window.__cdpProbe = { locate: probe };
