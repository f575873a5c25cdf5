/** A reaction to an event; it is awaited before the next one runs. */
export type EventHandler<T> = (event: T) => Promise<void> | void;

/** The side a component that raises events sees: it says what happened and waits for the reactions. */
export interface EventEmitter<Events> {
  emit<K extends keyof Events>(name: K, event: Events[K]): Promise<void>;
}

export interface EventHub<Events> extends EventEmitter<Events> {
  /** Adds a reaction; reactions to one event run in the order they were added. */
  on<K extends keyof Events>(name: K, handler: EventHandler<Events[K]>): void;
}

/**
 * Typed in-process events: a component raises one (`emit`) without knowing who reacts, and the
 * reactions of other components are wired in one place, where the server is assembled. `emit`
 * runs the reactions one after the other and resolves when the last is done, so the caller
 * can answer after them; a reaction that throws stops the rest and the error reaches the caller
 * (a reaction that must not fail the caller catches its own errors).
 */
export function createEventHub<Events extends object>(): EventHub<Events> {
  const handlers = new Map<keyof Events, EventHandler<never>[]>();
  return {
    on(name, handler) {
      handlers.set(name, [...(handlers.get(name) ?? []), handler as EventHandler<never>]);
    },
    async emit(name, event) {
      for (const handler of handlers.get(name) ?? []) await (handler as EventHandler<typeof event>)(event);
    },
  };
}
