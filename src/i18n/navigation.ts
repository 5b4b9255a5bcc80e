/**
 * Links and paths of the public site, server-side only: no client JavaScript for them (issue 13;
 * next-intl's createNavigation would bring its client Link to every page, see paths.ts).
 */
export { getPathname } from './paths'
export { PlainLink as Link } from './PlainLink'
