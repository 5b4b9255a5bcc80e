// The search page's segment in the app's own paths: the page is `/search`, a search's results
// `/search/<token>` (src/routing/paths.ts). Plain JavaScript, so that the single instance's page
// cache handler, which Next loads with Node's own loader (no TypeScript), reads it from here as the
// routing does (src/topology/local-cache-handler.mjs keeps those results pages in memory). The page
// table's `search.path` is made of it (src/routing/table.ts).

export const SEARCH_SEGMENT = 'search'
