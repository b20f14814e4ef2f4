/**
 * A web `ReadableStream` over a wire body. It pulls one chunk at a time, so nothing is read ahead of the client;
 * a failure of the source errors the stream, which the runtime turns into a cut response (core has reported it
 * already); a client that goes away cancels the stream, which closes the source.
 */
export function readableBody(body: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = body[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await iterator.next();
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        } catch (error) {
          // A runtime may still hold the chunks it was given (Node corks a write until the next tick); erroring
          // the stream at once would drop them, and the client would see no response rather than a cut one.
          await new Promise((resolve) => setTimeout(resolve, 0));
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
