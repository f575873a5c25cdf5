// Local mode's stand-ins: the demo tenant's data, and a Microsoft Graph stand-in with demo
// mailboxes and people (also used by the tests).
export { seedDemoTenant } from './seed-demo-tenant';
export { startGraphStandIn, type GraphStandInData } from './graph-stand-in';
