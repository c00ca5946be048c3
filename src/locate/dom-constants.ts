// DOM constants as plain numbers: the locator also runs where the `Node` and `NodeFilter` globals
// do not exist (guides:suggest under Node.js) and on nodes from other realms (iframes).
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_FRAGMENT_NODE = 11;
export const DOCUMENT_POSITION_FOLLOWING = 4;
export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;
