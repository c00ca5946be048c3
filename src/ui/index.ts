// Shared Solid pieces for extension pages.
export { GuidePicker, type PickerProps } from './GuidePicker';
