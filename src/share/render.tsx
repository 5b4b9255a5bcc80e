import { ImageResponse } from 'next/og'

import { CARD_HEIGHT, CARD_WIDTH, type ShareCard } from './card'
import { CardImage } from './CardImage'

/**
 * Recently drawn cards, by token. Drawing one takes about 100-200 ms of CPU (a second or so for the
 * very first, which loads the font and the rasterizer); `npm start` has no cache in front of it
 * (the cluster has Varnish), so a crawler or a visitor asking again for the same card gets these
 * bytes instead. Only signed cards get here, and at most MAX_CACHED of them (~50 KB each) are kept.
 */
const MAX_CACHED = 100
const drawn = new Map<string, Uint8Array<ArrayBuffer>>()

/** The card as PNG bytes (drawn whole before answering, so a failure is an error, not a cut image). */
export async function drawCard(token: string, card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const cached = drawn.get(token)
  if (cached) {
    // Most recently used last: the first key is the one to forget.
    drawn.delete(token)
    drawn.set(token, cached)
    return cached
  }
  const image = new ImageResponse(<CardImage card={card} />, { width: CARD_WIDTH, height: CARD_HEIGHT })
  const bytes = new Uint8Array(await image.arrayBuffer())
  drawn.set(token, bytes)
  if (drawn.size > MAX_CACHED) drawn.delete(drawn.keys().next().value as string)
  return bytes
}
