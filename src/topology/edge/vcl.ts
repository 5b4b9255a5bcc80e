import fs from 'node:fs/promises'
import path from 'node:path'

import { projectRoot } from '../../runtime/environment'

/** Scena's VCL (src/topology/edge/scena.vcl) with one health-checked backend per app instance. */
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
  return template.replace('{{BACKENDS}}', backends).replace('{{DIRECTOR}}', director)
}
