/**
 * Node flags of the API server's process (`npm start`), and of the bench's, which runs the server
 * in process. V8 lets the old generation grow to up to 4 times what its last full collection left
 * before it runs the next; a segment being logged promotes a batch's documents (about 2 KB per
 * entry) while they are written, so the heap rose 200 MB above its live size during a
 * 100,000-line log (live heap through it: +2.3 MB). At 1.2 times, +32 MB (README, Measured).
 */
export const SERVER_NODE_FLAGS = ['--heap-growing-percent=20'];
