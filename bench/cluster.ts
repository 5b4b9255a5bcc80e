/**
 * The several-process topology (`npm run start:cluster`), measured in one run on the FAQ index in
 * both languages, gzip accepted, at 10 and 100 connections:
 *   ceiling   nginx serving the very same gzipped HTML from disk (gzip_static)
 *   edge      the page through the Varnish edge cache
 *   one       one app instance directly
 *   two       both instances behind nginx as a plain balancer (no cache)
 * plus publish-to-edge latency over 20 publishes. Prints figures next to the ceiling; asserts nothing.
 * `npm run bench` runs it when a cluster is up (needs nginx: apt-get install nginx-light).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { freePort, load as loadFor, median } from './support'

const seconds = Number(process.env.BENCH_SECONDS || 5)
const pages = ['/it/domande-frequenti', '/en/faq']

const load = (url: string, connections: number) => loadFor(url, connections, seconds, { 'accept-encoding': 'gzip' })

/** nginx with two servers: static gzipped files (the ceiling) and a round-robin balancer. */
async function startNginx(
  dir: string,
  appPorts: number[],
): Promise<{ ceiling: string; balancer: string; stop: () => void }> {
  const [ceilingPort, balancerPort] = [await freePort(), await freePort()]
  const conf = `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream apps { ${appPorts.map((p) => `server 127.0.0.1:${p};`).join(' ')} keepalive 64; }
  server {
    listen 127.0.0.1:${ceilingPort};
    root ${dir}/html;
    gzip_static always;
    default_type text/html;
  }
  server {
    listen 127.0.0.1:${balancerPort};
    location / { proxy_pass http://apps; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}`
  await fs.writeFile(path.join(dir, 'nginx.conf'), conf)
  const nginx = spawn('nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'inherit' })
  await new Promise((resolve) => setTimeout(resolve, 500))
  return {
    ceiling: `http://127.0.0.1:${ceilingPort}`,
    balancer: `http://127.0.0.1:${balancerPort}`,
    stop: () => nginx.kill('SIGQUIT'),
  }
}

export async function clusterBench(edge: string, appPorts: number[]): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scena-bench-cluster-'))
  await fs.chmod(dir, 0o755)
  await fs.mkdir(path.join(dir, 'html'), { recursive: true, mode: 0o755 })
  for (const page of pages) {
    const html = Buffer.from(await (await fetch(edge + page)).text())
    const file = path.join(dir, 'html', `${page.replace(/\W+/g, '_')}.html`)
    await fs.writeFile(file, html, { mode: 0o644 })
    await fs.writeFile(`${file}.gz`, gzipSync(html), { mode: 0o644 })
  }
  const nginx = await startNginx(dir, appPorts)
  const one = `http://127.0.0.1:${appPorts[0]}`
  console.log(`\nSeveral processes (${seconds} s per run, gzip accepted; ratio = req/s ÷ the nginx ceiling)`)
  console.log(
    'page'.padEnd(24),
    'conn',
    'route'.padEnd(9),
    'req/s'.padStart(8),
    'p50 ms'.padStart(7),
    'p99 ms'.padStart(7),
    'ratio'.padStart(6),
  )
  try {
    for (const page of pages) {
      for (const connections of [10, 100]) {
        const ceiling = await load(`${nginx.ceiling}/${page.replace(/\W+/g, '_')}.html`, connections)
        const routes: Array<[string, string]> = [
          ['ceiling', `${nginx.ceiling}/${page.replace(/\W+/g, '_')}.html`],
          ['edge', edge + page],
          ['one', one + page],
          ['two', nginx.balancer + page],
        ]
        for (const [name, url] of routes) {
          const figures = name === 'ceiling' ? ceiling : await load(url, connections)
          console.log(
            page.padEnd(24),
            String(connections).padStart(4),
            name.padEnd(9),
            figures.rps.toFixed(0).padStart(8),
            String(figures.p50).padStart(7),
            String(figures.p99).padStart(7),
            `${((figures.rps / ceiling.rps) * 100).toFixed(0)}%`.padStart(6),
            figures.errors ? `(${figures.errors} errors)` : '',
          )
        }
      }
    }
  } finally {
    nginx.stop()
    await fs.rm(dir, { recursive: true, force: true })
  }
  await publishToEdge(edge, appPorts)
}

async function publishToEdge(edge: string, appPorts: number[]): Promise<void> {
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = process.env
  if (!email || !password) return console.log('\nPublish-to-edge: skipped (set ADMIN_EMAIL and ADMIN_PASSWORD).')
  const login = await fetch(`${edge}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await login.json()) as { token: string }
  const { docs } = (await (await fetch(`${edge}/api/faqs?limit=1&sort=order&locale=it`)).json()) as {
    docs: Array<{ id: number; question: string }>
  }
  const faq = docs[0]!
  const timings: number[] = []
  for (let i = 0; i < 20; i++) {
    const marker = `${faq.question.replace(/ \[bench .*\]$/, '')} [bench ${Date.now().toString(36)}]`
    // Each publish through another instance, as a balancer would spread the coordinator's saves.
    const app = `http://127.0.0.1:${appPorts[i % appPorts.length]}`
    const started = performance.now()
    await fetch(`${app}/api/faqs/${faq.id}?locale=it`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ question: marker, _status: 'published' }),
    })
    for (;;) {
      const html = await (await fetch(`${edge}/it/domande-frequenti`)).text()
      if (html.includes(marker.replace(/'/g, '&#x27;'))) break
      if (performance.now() - started > 10_000) throw new Error('the edge did not show the publish within 10 s')
    }
    timings.push(performance.now() - started)
  }
  await fetch(`${edge}/api/faqs/${faq.id}?locale=it`, {
    method: 'PATCH',
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ question: faq.question, _status: 'published' }),
  })
  console.log(
    `\nPublish-to-edge (REST publish on alternating instances until the edge's Italian FAQ index shows it), 20 publishes: median ${median(timings).toFixed(0)} ms, max ${Math.max(...timings).toFixed(0)} ms`,
  )
}
