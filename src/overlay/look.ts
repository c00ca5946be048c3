// The learner's look (src/look) inside the overlay: one signal, set from what the background
// sends, so a change of language or text size re-renders the coach where it stands.
import { createSignal } from 'solid-js';
// Deep import: the room's index also brings the packaged-messages reader (browser API wrapper).
import { fill } from '../i18n/text';
import type { Look, OverlayKey } from '../look';

// Always set before anything renders: the overlay mounts only after the background has answered.
export const [look, setLook] = createSignal<Look>(undefined as unknown as Look);

/** The overlay's string for `key` in the learner's language, placeholders filled. */
export const t = (key: OverlayKey, values?: Record<string, string | number>): string => fill(look().text[key], values);
