import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/** The running cluster, as src/topology/cluster.ts describes it in its state file. */
export const edgePort = Number(process.env.PORT || 3000)
export const edge = `http://127.0.0.1:${edgePort}`
export const stateFile = path.join(os.tmpdir(), `scena-cluster-${edgePort}`, 'cluster.json')

interface State {
  services: Array<{ name: string; port?: number; pid?: number }>
}

export async function clusterState(): Promise<State> {
  return JSON.parse(await fs.readFile(stateFile, 'utf8')) as State
}

/** Direct addresses of the app instances (behind the edge). */
export async function instances(): Promise<Array<{ name: string; url: string; pid: number }>> {
  const { services } = await clusterState()
  return services
    .filter((s) => s.name.startsWith('app-'))
    .map((s) => ({ name: s.name, url: `http://127.0.0.1:${s.port}`, pid: s.pid ?? 0 }))
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `check` until it returns true or `timeoutMs` has passed; returns the time it took. */
export async function within(timeoutMs: number, check: () => Promise<boolean>, what: string): Promise<number> {
  const started = Date.now()
  for (;;) {
    if (await check()) return Date.now() - started
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`)
    await sleep(50)
  }
}

/**
 * Waits until the edge sends requests to every instance again (its health checks have seen a
 * restarted one come back), so a test starts from the whole cluster, not from its failover.
 */
export async function edgeReachesEveryInstance(timeoutMs = 30_000): Promise<void> {
  const names = new Set((await instances()).map((i) => i.name))
  await within(
    timeoutMs,
    async () => {
      const seen = new Set<string>()
      for (let i = 0; i < names.size * 3; i++) {
        const res = await fetch(`${edge}/api/health`, { cache: 'no-store' }).catch(() => null)
        const name = res?.headers.get('x-scena-instance')
        await res?.body?.cancel()
        if (name) seen.add(name)
      }
      return [...names].every((name) => seen.has(name))
    },
    'the edge reaching every instance',
  )
}

export async function textOf(
  url: string,
  init?: RequestInit,
): Promise<{ status: number; text: string; headers: Headers }> {
  const res = await fetch(url, { cache: 'no-store', ...init })
  return { status: res.status, text: await res.text(), headers: res.headers }
}

/** The embedded database of the cluster (or DATABASE_URL), for checks no API offers. */
export const databaseUrl = () =>
  process.env.DATABASE_URL || `postgres://postgres:scena-local@127.0.0.1:${process.env.EMBEDDED_PG_PORT || 54329}/scena`
