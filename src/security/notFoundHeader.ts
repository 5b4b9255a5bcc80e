/**
 * Set by the proxy on a request it answers 404 before rendering (an address no route matches): the
 * page knows its status is already 404. Only read under the strict CSP, where pages read the
 * request headers anyway (src/components/NotFoundPage.tsx).
 */
export const NOT_FOUND_HEADER = 'x-scena-not-found'
