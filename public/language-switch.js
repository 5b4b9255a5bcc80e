// The language switcher's enhancement (src/components/LanguageSwitcher.tsx renders plain links that
// work without this): on a switch, remember the choice for `/` (next-intl's NEXT_LOCALE cookie, a
// year) and carry the in-page anchor over, e.g. /en/faq#q-3 -> /it/domande-frequenti#q-3.
document.addEventListener('click', function (event) {
  var link = event.target instanceof Element ? event.target.closest('.language-switcher a[hreflang]') : null
  if (!link) return
  document.cookie = 'NEXT_LOCALE=' + link.getAttribute('hreflang') + '; Path=/; Max-Age=31536000; SameSite=Lax'
  if (window.location.hash) link.hash = window.location.hash
})
