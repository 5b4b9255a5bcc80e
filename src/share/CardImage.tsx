import type { ShareCard } from './card'

const PAPER = '#fbf8f5'
const INK = '#1d1b1a'

/** Shorter titles are drawn larger; the longest (MAX_TITLE characters) still fit in five lines. */
const titleSize = (title: string) => (title.length <= 40 ? 76 : title.length <= 80 ? 62 : 50)

/**
 * The card, as ImageResponse draws it (flexbox subset, inline styles, the bundled font): the
 * page's paper, a band of the accent colour, the page's name large and the site underneath.
 */
export function CardImage({ card }: { card: ShareCard }) {
  const size = titleSize(card.title)
  return (
    <div style={{ display: 'flex', width: '100%', height: '100%', background: PAPER, color: INK }}>
      <div style={{ display: 'flex', width: 28, height: '100%', background: card.accent }} />
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          flex: 1,
          padding: '88px 96px 80px 84px',
        }}
      >
        <div
          style={{
            display: 'block',
            fontSize: size,
            lineHeight: 1.15,
            letterSpacing: -0.5,
            lineClamp: 5,
            overflow: 'hidden',
          }}
        >
          {card.title}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', width: 72, height: 6, background: card.accent, marginBottom: 28 }} />
          {card.lines.map((line, i) => (
            <div key={i} style={{ display: 'flex', fontSize: 30, lineHeight: 1.3, color: i === 0 ? card.accent : INK }}>
              {line}
            </div>
          ))}
        </div>
      </div>
    </div>
  )
}
