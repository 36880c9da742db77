/**
 * Runs `pass` so that at most one pass is in flight; a request arriving during a pass schedules
 * exactly one more, so a burst of IDLE notifications costs two passes, not one per message.
 */
export function coalesce(pass: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const loop = async (): Promise<void> => {
    do {
      again = false;
      await pass();
    } while (again);
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = loop().finally(() => {
      running = null;
    });
    return running;
  };
}
