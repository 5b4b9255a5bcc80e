import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * A stylesheet of the public site, to inline in the page: no request stands between the HTML and
 * the first paint on a slow mobile connection. Read from the source folder, which the server runs
 * in (Next's experimental.inlineCss would also inline the admin's ~600 KB of CSS into every admin
 * page; importing CSS as text is not possible). Comments and runs of white space are dropped.
 */
export const readStylesheet = (file: 'styles.css' | 'home.css'): string =>
  readFileSync(path.join(process.cwd(), 'src/app/(frontend)', file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim()
