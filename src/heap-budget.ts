import v8 from 'node:v8';

/** What the daemon does after each committed batch to keep its heap near what is live. */
export interface HeapBudget {
  /** False when the collector is not exposed (the daemon was not started by its launcher). */
  readonly active: boolean;
  afterBatch(): void;
  /**
   * Before a message of many megabytes is fetched, and every few megabytes while it is: collect
   * what the last batches and the pieces already copied left, so they never add up. Buffers live
   * outside V8's heap and barely count toward its own triggers, so this always collects.
   */
  makeRoom(): void;
}

const usedHeap = (): number => v8.getHeapStatistics().used_heap_size;

/**
 * During a backlog V8 lets the old generation grow to two or three times the live heap before
 * it collects, and the buffers of messages already committed stay resident until it does: on a
 * small machine that garbage is most of the daemon's memory. When the launcher exposes the
 * collector (`--expose-gc`, see bin/ccpa-mailbot.js), a full collection runs after a committed
 * batch once the heap has grown `slackMb` past what was live after the previous one. Between
 * batches nothing of the finished messages is live, so what is left is the daemon itself.
 * Without the flag this does nothing and V8 decides alone.
 */
export function heapBudget(slackMb: number, gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc, used: () => number = usedHeap): HeapBudget {
  if (typeof gc !== 'function') return { active: false, afterBatch: () => undefined, makeRoom: () => undefined };
  const slack = slackMb * 1024 * 1024;
  let floor = used();
  const collect = (): void => {
    gc();
    floor = used();
  };
  return {
    active: true,
    afterBatch() {
      if (used() - floor >= slack) collect();
    },
    makeRoom: collect,
  };
}
