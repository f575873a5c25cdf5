// What every form reads once per page, in one answer (GET /reference-data): the interaction templates, groups,
// salespeople and template setup. Its route is mounted where the server is assembled; others use its type.
export type { ReferenceData } from './domain/reference-data-schema';
