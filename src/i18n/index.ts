// The i18n room: languages, text direction, and the interface's strings in the chosen language.
export { chooseLanguage, direction, isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from './languages';
export { fill, loadTable, parseMessages, translate, type TextKey, type TextTable } from './text';
export { browserLanguage, readPackagedMessages } from './packaged';
