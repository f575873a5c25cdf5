export { TeamsRoot } from './TeamsRoot';
export { MarketingTab } from './tab/MarketingTab';
export { MeetingPanel } from './meeting/MeetingPanel';
export { TabConfigPage } from './TabConfigPage';
export { createSimulatedTeamsHost, type SimulatedTeamsHost } from './host/simulated-teams-host';
export type * from './host/teams-host';
