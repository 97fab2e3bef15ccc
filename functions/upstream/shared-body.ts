// A response body read once from GitLab and replayed to every caller sharing it, each from its own offset.

/**
 * Reads `source` to its end as fast as it comes (not at the pace of any one reader), keeping its
 * chunks so that a caller arriving while it streams, or shortly after, gets every byte from the
 * first (or from an offset) without another upstream request. Only plain bytes and promises
 * cross from the request that opened the body to the others: on Workers an I/O object (the
 * upstream stream) must stay in the request that created it.
 */
export class SharedBody {
  readonly #chunks: Uint8Array[] = [];
  #size = 0;
  #done = false;
  #failure: { error: unknown } | undefined;
  #waiters: (() => void)[] = [];
  /** Settles when the whole body has arrived (or rejects when reading it failed). */
  readonly complete: Promise<void>;

  constructor(source: ReadableStream<Uint8Array>) {
    this.complete = this.#pump(source);
    // A failure reaches every reader through its stream; this promise must not go unhandled.
    this.complete.catch(() => undefined);
  }

  /** Bytes received so far. */
  get size(): number {
    return this.#size;
  }

  /** Whether the whole body has arrived. */
  get done(): boolean {
    return this.#done;
  }

  /** A new stream of the body from byte `offset`, following it as it arrives. */
  stream(offset = 0): ReadableStream<Uint8Array> {
    let index = 0;
    let skip = offset;
    return new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          for (;;) {
            while (index < this.#chunks.length) {
              const chunk = this.#chunks[index++] as Uint8Array;
              if (skip >= chunk.byteLength) {
                skip -= chunk.byteLength;
                continue;
              }
              controller.enqueue(skip > 0 ? chunk.subarray(skip) : chunk);
              skip = 0;
              return;
            }
            if (this.#failure) {
              controller.error(this.#failure.error);
              return;
            }
            if (this.#done) {
              controller.close();
              return;
            }
            await new Promise<void>((resolve) => this.#waiters.push(resolve));
          }
        },
      },
      { highWaterMark: 0 },
    );
  }

  /** The whole body, once it has arrived. */
  async bytes(): Promise<Uint8Array> {
    await this.complete;
    if (this.#chunks.length === 1) return this.#chunks[0] as Uint8Array;
    const whole = new Uint8Array(this.#size);
    let at = 0;
    for (const chunk of this.#chunks) {
      whole.set(chunk, at);
      at += chunk.byteLength;
    }
    return whole;
  }

  async #pump(source: ReadableStream<Uint8Array>): Promise<void> {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (value.byteLength === 0) continue;
        this.#chunks.push(value);
        this.#size += value.byteLength;
        this.#wake();
      }
      this.#done = true;
    } catch (error) {
      this.#failure = { error };
      throw error;
    } finally {
      this.#wake();
    }
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }
}
