// Which people on an item are contacts and what the item already recorded, without React: the pane and the
// on-send runtime share it.
export * from './person-address';
export * from './contact-matches';
