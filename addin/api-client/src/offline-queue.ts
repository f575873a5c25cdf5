import type { ApiError, ProblemName } from './api-error';
import type { CreateInteractionInput } from './resources';

export interface QueuedInteraction {
  idempotencyKey: string;
  input: CreateInteractionInput;
  /** What the user sees in the queue list, e.g. the contact's name. */
  label: string;
  queuedAt: string;
  attempts: number;
  /** Set when the server refused it for good: kept and shown, never dropped silently. */
  failure?: { problemName: ProblemName; detail: string };
}

export interface QueueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type SendQueued = (item: QueuedInteraction) => Promise<void>;

const STORAGE_KEY = 'interlog.pendingInteractions.v1';

/**
 * Interactions the API could not take yet. Each keeps the Idempotency-Key it was first
 * sent with, so sending it again can never record it twice.
 */
export class OfflineQueue {
  private readonly listeners = new Set<() => void>();
  private flushing: Promise<number> | null = null;
  private parsed: { raw: string | null; items: QueuedInteraction[] } = { raw: null, items: [] };

  constructor(
    private readonly storage: QueueStorage,
    private readonly storageKey = STORAGE_KEY,
  ) {}

  /** The stored items; the same array until the stored value changes (a stable React snapshot). */
  items(): QueuedInteraction[] {
    const raw = this.storage.getItem(this.storageKey);
    if (raw !== this.parsed.raw) {
      let items: QueuedInteraction[] = [];
      try {
        items = raw ? (JSON.parse(raw) as QueuedInteraction[]) : [];
      } catch {
        items = [];
      }
      this.parsed = { raw, items };
    }
    return this.parsed.items;
  }

  pending(): QueuedInteraction[] {
    return this.items().filter((item) => !item.failure);
  }

  enqueue(item: Omit<QueuedInteraction, 'queuedAt' | 'attempts'>): void {
    const items = this.items().filter((existing) => existing.idempotencyKey !== item.idempotencyKey);
    this.write([...items, { ...item, queuedAt: new Date().toISOString(), attempts: 0 }]);
  }

  remove(idempotencyKey: string): void {
    this.write(this.items().filter((item) => item.idempotencyKey !== idempotencyKey));
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends what is pending, oldest first; stops at the first network failure. Returns how many were sent. */
  flush(send: SendQueued, isRetryable: (error: ApiError) => boolean): Promise<number> {
    this.flushing ??= this.sendPending(send, isRetryable).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async sendPending(send: SendQueued, isRetryable: (error: ApiError) => boolean): Promise<number> {
    let sent = 0;
    for (const item of this.pending()) {
      try {
        await send(item);
        this.remove(item.idempotencyKey);
        sent += 1;
      } catch (caught) {
        const error = caught as ApiError;
        if (isRetryable(error)) {
          this.update(item.idempotencyKey, { attempts: item.attempts + 1 });
          break;
        }
        this.update(item.idempotencyKey, {
          attempts: item.attempts + 1,
          failure: { problemName: error.problemName ?? 'internal', detail: error.message },
        });
      }
    }
    return sent;
  }

  private update(idempotencyKey: string, change: Partial<QueuedInteraction>): void {
    this.write(this.items().map((item) => (item.idempotencyKey === idempotencyKey ? { ...item, ...change } : item)));
  }

  private write(items: QueuedInteraction[]): void {
    this.storage.setItem(this.storageKey, JSON.stringify(items));
    for (const listener of this.listeners) listener();
  }
}
