/**
 * Resolves in a later task: requests asked for in this one (their promise chains run first) have left before
 * what comes next holds the main thread, such as a first render.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
