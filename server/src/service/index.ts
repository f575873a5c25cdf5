// The service endpoints (health, OpenAPI, the web clients' sign-in settings) and housekeeping.
// Its routes and worker are mounted and started where the server is assembled; others use its types.
export type { ClientConfig } from './domain/client-config-schema';
