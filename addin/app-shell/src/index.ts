// What every page starts with: the services (API client, query cache, offline queue) and their context,
// i18n, theme, startup screens.
export * from './InterlogContext';
export * from './HostRoot';
export * from './OutsideHost';
export * from './StartupError';
export * from './api-base';
export * from './client-config';
export * from './create-services';
export * from './next-task';
export * from './page-strings';
export * from './query-client';
export * from './render-standalone';
