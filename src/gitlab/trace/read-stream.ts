// Reads a byte stream chunk by chunk, stopping when a signal aborts, even between chunks of a slow body.

/**
 * Yields the chunks of `stream`; when `signal` aborts, cancels the stream and throws the abort
 * reason. (The core's requests stop listening to their signal once a streamed answer's headers
 * arrive, so the body needs its own watch.)
 */
export async function* readStream(
  stream: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  const onAbort = () => {
    reader.cancel(signal?.reason).catch(() => undefined);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const { done, value } = await reader.read();
      if (signal?.aborted) throw signal.reason;
      if (done) return;
      yield value;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
