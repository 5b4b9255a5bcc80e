import fs from 'node:fs/promises'
import path from 'node:path'

import { pagePaths } from '../../routing/paths'
import { projectRoot } from '../../runtime/environment'

/**
 * The search page's public paths in every language, as the VCL's patterns name them
 * (`it/cerca|en/search`): from the page table, so that a translated path is cached and banned too.
 */
export function searchPathsPattern(): string {
  const paths = Object.values(pagePaths('search')).map((path) => path.slice(1))
  // Letters, digits, hyphens and slashes only: nothing a regular expression or a VCL string reads otherwise.
  for (const path of paths) if (!/^[\w/-]+$/.test(path)) throw new Error(`Search path unfit for the VCL: ${path}`)
  return paths.join('|')
}

/**
 * Scena's VCL (src/topology/edge/scena.vcl) with one health-checked backend per app instance and
 * the search page's paths.
 */
export async function renderVcl(appPorts: number[], host = '127.0.0.1'): Promise<string> {
  const template = await fs.readFile(path.join(projectRoot, 'src/topology/edge/scena.vcl'), 'utf8')
  const backends = appPorts
    .map(
      (port, i) => `backend app${i + 1} {
  .host = "${host}";
  .port = "${port}";
  .probe = liveness;
  .connect_timeout = 1s;
  .first_byte_timeout = 60s;
}`,
    )
    .join('\n\n')
  const director = appPorts.map((_, i) => `  app.add_backend(app${i + 1});`).join('\n')
  return template
    .replace('{{BACKENDS}}', backends)
    .replace('{{DIRECTOR}}', director)
    .replaceAll('{{SEARCH_PATHS}}', searchPathsPattern())
}
