// Links in an opened webmail message that imitate a public service: page side (hosts, scan) and
// background side (judge, explain); where a warning can be seen (visible) and a click on a
// marked link (click). The content script imports ./scan directly: ./judge brings
// the genuine-site check and its Public Suffix List, which the page must not load.
export { linkHosts, shownHost, type LinkHosts, type Redirector } from './hosts';
export { judgeLink, type LinkVerdict } from './judge';
export { explainLink, genuineName } from './explain';
export { watchMailLinks, type MailLinksOptions } from './scan';
export { guardMarkedLinks, type MarkedLinksOptions } from './click';
export { isWarningHidden, visibleShare, type Rect } from './visible';
export type { MailSite, MailSites } from './sites';
