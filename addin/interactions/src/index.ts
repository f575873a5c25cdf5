// Recording interactions, shared by the Outlook pane and the Teams pages: contacts, templates, fields, timeline,
// postponed entries.
export * from './ContactList/ContactList';
export * from './NewContactForm/NewContactForm';
export * from './TemplatePicker/TemplatePicker';
export * from './InteractionFields/InteractionFields';
export * from './InteractionFields/interaction-values';
export * from './InteractionTimeline/InteractionTimeline';
export * from './PostponedList/PostponedList';
export * from './RecordPanel/RecordPanel';
export * from './ResumePanel/ResumePanel';
export * from './AutomaticRecordingSettings/AutomaticRecordingSettings';
export * from './OutcomeBar/OutcomeBar';
export * from './QueueBar/QueueBar';
export * from './hooks/use-offline-queue';
export * from './hooks/use-reference-data';
export { primeContactMatches } from './hooks/use-contact-matches';
export { preloadRecordFormParts } from './RecordPanel/record-form-parts';
export * from './EntryComment/EntryComment';
