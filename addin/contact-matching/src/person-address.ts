/** Someone on an email, meeting or attendee list, before we know whether they are a contact. */
export interface PersonAddress {
  email: string;
  name: string;
  /** Shown next to the name: From, To, Organizer, Attendee… (already translated by the shell). */
  roleLabel: string;
}
