import type { Highlighted } from '@/data/search'

/** Text with the search matches in <mark>, built from parts (no HTML from the database). */
export function Highlight({ parts }: { parts: Highlighted }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  )
}
