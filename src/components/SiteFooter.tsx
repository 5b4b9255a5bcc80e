/** The footer on every page: the practice's line, the privacy notice in the page's language, back to top. */
export function SiteFooter({
  text,
  privacyHref,
  privacyLabel,
  backToTopLabel,
}: {
  text: string | null | undefined
  privacyHref: string
  privacyLabel: string
  backToTopLabel: string
}) {
  return (
    <footer className="site-footer">
      {text ? <p>{text}</p> : null}
      <p>
        <a href={privacyHref}>{privacyLabel}</a>
      </p>
      <p>
        <a href="#top">{backToTopLabel}</a>
      </p>
    </footer>
  )
}
