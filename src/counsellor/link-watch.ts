// The background's watch for session links: on a top-frame navigation the learner started (see
// `startedByLearner`), a link naming a guide the policy enables becomes that window's proposal;
// any other session link reads as one that does not work. One navigation at a time, in the order
// the browser reported them, so two at once cannot overwrite each other's record.
import type { Catalogue } from '../guide';
import type { Level } from '../session';
import { parseSessionLink, startedByLearner, type Transition } from './link';

export type LinkRecord =
  { kind: 'proposal'; at: number; guideId: string; level: Level } | { kind: 'invalid'; at: number };

export interface LinkWatchPort {
  catalogue: Pick<Catalogue, 'guides'>;
  /** Whether the policy lets this guide run (asked at each link: the policy may change). */
  enabled: () => Promise<(guideId: string) => boolean>;
  windowOf: (tabId: number) => Promise<number | undefined>;
  write: (windowId: number, record: LinkRecord) => Promise<void>;
  now: () => number;
  /** A link that could not be recorded (the tab closed meanwhile, storage failed). */
  failed: (error: unknown) => void;
}

export type NavigationDetails = { tabId: number; frameId: number; url: string } & Transition;

/** The listener for both webNavigation events; `within`: only the fragment changed. */
export function createLinkWatch(
  port: LinkWatchPort,
): (within: 'page' | 'new-page', details: NavigationDetails) => void {
  let queue: Promise<unknown> = Promise.resolve();
  return (within, details) => {
    if (details.frameId !== 0 || details.tabId < 0 || !startedByLearner(details, within)) return;
    if (parseSessionLink(details.url, port.catalogue).kind === 'none') return;
    const at = port.now();
    const next = queue.then(async () => {
      const enabled = await port.enabled();
      const reading = parseSessionLink(details.url, { guides: port.catalogue.guides.filter((g) => enabled(g.id)) });
      const windowId = await port.windowOf(details.tabId);
      if (windowId === undefined) return;
      await port.write(
        windowId,
        reading.kind === 'proposal'
          ? { kind: 'proposal', at, guideId: reading.guideId, level: reading.level }
          : { kind: 'invalid', at },
      );
    });
    queue = next.catch(port.failed);
  };
}
