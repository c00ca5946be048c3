// Tiny dependency-free helpers shared by every room.
export { normalizeCached, normalizeText } from './text';
export { matchUrlPattern, matchAnyUrlPattern, patternHost } from './url-pattern';
export { hold, isReplaying, replay } from './hold';
