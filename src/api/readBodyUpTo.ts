/**
 * A request body's bytes, read no further than `limit`: null as soon as it is longer (the rest is
 * not read, the stream is cancelled). An absent body is empty.
 */
export async function readBodyUpTo(body: ReadableStream<Uint8Array> | null | undefined, limit: number) {
  const reader = body?.getReader()
  if (!reader) return Buffer.alloc(0)
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks)
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
}
