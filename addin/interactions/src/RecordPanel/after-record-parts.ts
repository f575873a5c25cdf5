// The record form's parts loaded after Record is usable, in one chunk: the new-contact form and the list of the
// addresses Interlog keeps without a contact.
export { NewContactForm } from '../NewContactForm/NewContactForm';
export { KeptCorrespondents } from '../KeptCorrespondents/KeptCorrespondents';
