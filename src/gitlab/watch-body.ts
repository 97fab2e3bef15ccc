// Watches a streamed response body: says when it is over, and fails it when the server stops sending.

/** What `watchBody` does around a body. */
export interface BodyWatch {
  /** Longest pause allowed between two chunks (and before the first). */
  idleMs: number;
  /** The error a pause longer than `idleMs` fails the body with. */
  idleError: () => Error;
  /** Called once, when the body ends, fails, times out or is cancelled. */
  onSettled: () => void;
}

/**
 * Returns `body` chunk for chunk, calling `onSettled` once it is over in any way (so whatever
 * was wired to it can be let go), and failing it with `idleError()` when no chunk comes for
 * `idleMs`: a server that stops sending mid-body must not hold the reader for ever.
 */
export function watchBody(
  body: ReadableStream<Uint8Array>,
  watch: BodyWatch,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let settled = false;
  const settle = () => {
    if (settled) return;
    settled = true;
    watch.onSettled();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const idle = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(watch.idleError()), watch.idleMs);
        });
        try {
          const read = await Promise.race([reader.read(), idle]);
          if (read.done) {
            settle();
            controller.close();
          } else controller.enqueue(read.value);
        } catch (error) {
          settle();
          reader.cancel(error).catch(() => undefined);
          controller.error(error);
        } finally {
          clearTimeout(timer);
        }
      },
      async cancel(reason) {
        settle();
        await reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
