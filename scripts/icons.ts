/**
 * `npm run generate:icons`: the site's icons, all from one source, src/app/icon.svg (Next serves it
 * as the favicon of modern browsers): src/app/apple-icon.png (180×180, square and opaque, as iOS
 * wants it) and src/app/favicon.ico (16, 32 and 48 px, for browsers and tools that ask for
 * /favicon.ico). Next's metadata files link them from every page. Run it after editing the SVG and
 * commit the results.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import sharp from 'sharp'

const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/app')
const background = '#8a2d3b' // the SVG's own background, filling its rounded corners

const png = (svg: Buffer, size: number, opaque = false) => {
  const image = sharp(svg, { density: (72 * size) / 64 }).resize(size, size)
  return (opaque ? image.flatten({ background }) : image).png({ compressionLevel: 9 }).toBuffer()
}

/** An ICO file holding PNG images (supported by every browser since IE Vista-era). */
function ico(images: Array<{ size: number; data: Buffer }>): Buffer {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size >= 256 ? 0 : size, 0) // width
    entry.writeUInt8(size >= 256 ? 0 : size, 1) // height
    entry.writeUInt8(0, 2) // no palette
    entry.writeUInt8(0, 3) // reserved
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(data.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += data.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)])
}

async function main(): Promise<void> {
  const svg = await fs.readFile(path.join(app, 'icon.svg'))
  await fs.writeFile(path.join(app, 'apple-icon.png'), await png(svg, 180, true))
  const sizes = [16, 32, 48]
  const images = await Promise.all(sizes.map(async (size) => ({ size, data: await png(svg, size) })))
  await fs.writeFile(path.join(app, 'favicon.ico'), ico(images))
  console.log('src/app/apple-icon.png and src/app/favicon.ico written from src/app/icon.svg')
}

await main()
