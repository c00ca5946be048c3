// Shared Solid pieces for extension pages.
export { GuidePicker, type PickerProps } from './GuidePicker';
export { SiteWarning, type SiteWarningProps, type WarningView } from './SiteWarning';
export { SecretsSwitch, type SecretsSwitchProps } from './SecretsSwitch';
export { EndSession, type EndSessionProps } from './EndSession';
export { AdminNotice } from './AdminNotice';
export { LinkProposal, type LinkProposalProps } from './LinkProposal';
export { HelpRequest, type HelpRequestProps } from './HelpRequest';
export { CounsellorEntry } from './CounsellorEntry';
export { PinHint, type PinHintProps } from './PinHint';
export { CounsellorSpace, type CounsellorSpaceProps } from './CounsellorSpace';
export { CounsellorLock, type LockPort } from './CounsellorLock';
export { GuideEvidence } from './GuideEvidence';
export { evidenceSentences } from './evidence-words';
export { LockedReport, SessionReportView, type SessionReportProps } from './SessionReport';
export { LEVELS, levelName, type Level } from './levels';
export { applyLanguage, Rich, TextProvider, useText, type Translate } from './text';
export { DisplaySettings, type DisplaySettingsProps } from './DisplaySettings';
export { applyDisplay, DISPLAY_CSS } from './display-styles';
