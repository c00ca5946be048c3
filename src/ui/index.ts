// Shared Solid pieces for extension pages.
export { GuidePicker, type PickerProps } from './GuidePicker';
export { SiteWarning, type SiteWarningProps, type WarningView } from './SiteWarning';
export { SecretsSwitch, type SecretsSwitchProps } from './SecretsSwitch';
export { EndSession, type EndSessionProps } from './EndSession';
export { AdminNotice } from './AdminNotice';
