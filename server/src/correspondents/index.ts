// Unknown correspondents: the addresses recording met that match no contact, kept so that none is lost.
export { keepUnknownCorrespondents } from './domain/keep-sightings-use-case';
export { setCorrespondentLimits } from './domain/correspondent-limits';
export type { SightedItem, Person as SightedPerson } from './domain/unknown-correspondent-schema';
