// The language switcher's enhancement (src/components/LanguageSwitcher.tsx renders plain links that
// work without this): on a switch, remember the choice for `/` (next-intl's NEXT_LOCALE cookie, a
// year) and carry the in-page anchor over, e.g. /en/faq#q-3 -> /it/domande-frequenti#q-3.
document.addEventListener('click', function (event) {
  var link = event.target instanceof Element ? event.target.closest('.language-switcher a[hreflang]') : null
  if (!link) return
  document.cookie = 'NEXT_LOCALE=' + link.getAttribute('hreflang') + '; Path=/; Max-Age=31536000; SameSite=Lax'
  if (window.location.hash) link.hash = window.location.hash
})

// Insights (README, "Privacy"): one count per page view, sent by the page itself so that pages
// served from a cache are counted too. Only the page's path, the host of the page that led here
// and, on the search page, the search and whether it found anything: nothing is stored in the
// browser, nothing identifies the visitor. Not sent when the browser asks not to be tracked
// (Global Privacy Control, Do Not Track), inside the admin's preview, on a 404 page, or before a
// prerendered page is actually shown.
;(function () {
  var nav = window.navigator
  if (nav.globalPrivacyControl === true || nav.doNotTrack === '1' || window.doNotTrack === '1') return
  if (window.top !== window.self || /^\/[a-z]{2}\/preview\//.test(window.location.pathname)) return
  if (document.querySelector('[data-insights="skip"]')) return
  function send() {
    var body = { path: window.location.pathname, referrer: document.referrer }
    var search = document.querySelector('[data-search-query]')
    if (search) {
      body.search = {
        q: search.getAttribute('data-search-query'),
        found: search.getAttribute('data-search-hits') !== '0',
      }
    }
    var data = JSON.stringify(body)
    if (nav.sendBeacon && nav.sendBeacon('/api/insights/hit', data)) return
    if (window.fetch)
      window.fetch('/api/insights/hit', { method: 'POST', body: data, keepalive: true, credentials: 'omit' })
  }
  if (document.prerendering) document.addEventListener('prerenderingchange', send, { once: true })
  else send()
})()
