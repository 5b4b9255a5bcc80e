import { LRUCache } from 'lru-cache'
import { ImageResponse } from 'next/og'

import { CARD_HEIGHT, CARD_WIDTH, type ShareCard } from './card'
import { CardImage } from './CardImage'

/**
 * Recently drawn cards, by token. Drawing one takes about 40-200 ms of CPU (half a second for the
 * very first, which loads the font and the rasterizer); `npm start` has no cache in front of it
 * (the cluster has Varnish), so a crawler or a visitor asking again for the same card gets these
 * bytes instead. Only signed cards get here, and the cache is bounded by size (~50 KB a card).
 */
const drawn = new LRUCache<string, Uint8Array<ArrayBuffer>>({
  maxSize: 5 * 1024 * 1024,
  sizeCalculation: (bytes) => bytes.byteLength,
})

/** The card as PNG bytes (drawn whole before answering, so a failure is an error, not a cut image). */
export async function drawCard(token: string, card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const cached = drawn.get(token)
  if (cached) return cached
  const image = new ImageResponse(<CardImage card={card} />, { width: CARD_WIDTH, height: CARD_HEIGHT })
  const bytes = new Uint8Array(await image.arrayBuffer())
  drawn.set(token, bytes)
  return bytes
}
