// The page opened outside Outlook: its own chunk, fetched only then (not part of the pane's start).
export { renderOutsideHost } from '@interlog/app-shell';
