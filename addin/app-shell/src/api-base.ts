/** The pages are served by the API's own server: one origin, so the API is a path. */
export const API_BASE = '/api/v1';
