/** A record reachable by a secondary key, in order of a number (see ordered-links.ts). */
export interface OrderedLink {
  key: string;
  /** Orders a key's links; readers walk them from the highest down. */
  no: number;
  /** The `_id` of the record linked. */
  target: string;
}
