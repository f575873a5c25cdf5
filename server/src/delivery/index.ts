// Delivery: sending the emails of logged segments through the user's mailbox. Its sender is a
// worker (workers/), started where the server is assembled; other components use only its types.
export type { DeliveryProblem, DeliverySummary } from './domain/delivery-schema';
export type { Mailer, OutgoingEmail } from './domain/mailer';
