// The record form's parts loaded after Record is usable, in one chunk: the new-contact form, the list of the
// addresses Interlog keeps without a contact, and what recording did (here before the user records).
export { NewContactForm } from '../NewContactForm/NewContactForm';
export { KeptCorrespondents } from '../KeptCorrespondents/KeptCorrespondents';
export { OutcomeBar } from '../OutcomeBar/OutcomeBar';
