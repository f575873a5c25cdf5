import type { InteractionLogEntryListQuery } from '@interlog/api-client';

export type LogFilter = Omit<
  InteractionLogEntryListQuery,
  'limit' | 'cursor' | 'sourceItemId' | 'internetMessageId' | 'mine'
>;
export type SetupPage =
  | 'marketingSetup'
  | 'numberSeries'
  | 'groups'
  | 'templates'
  | 'templateSetup'
  | 'salespeople'
  | 'recording'
  | 'unknown';

/** Where the marketing tab is; screens move the user with `navigate` (e.g. a logged segment → its entries). */
export type TabLocation =
  | { section: 'segments'; segmentNo?: string }
  | { section: 'logged' }
  | { section: 'log'; filter?: LogFilter }
  | { section: 'setup'; page?: SetupPage }
  | { section: 'insights' };

export type Navigate = (to: TabLocation) => void;

const SEGMENT_PAGE = 'segment:';

/** The deep link place of a segment in the tab (Teams' subPageId). */
export const segmentSubPage = (no: string) => `${SEGMENT_PAGE}${no}`;

/** Where the tab opens: the segment a deep link names, else the segment list. */
export const locationOf = (subPageId: string): TabLocation =>
  subPageId.startsWith(SEGMENT_PAGE)
    ? { section: 'segments', segmentNo: subPageId.slice(SEGMENT_PAGE.length) }
    : { section: 'segments' };
