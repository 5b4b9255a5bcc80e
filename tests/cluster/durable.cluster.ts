import { beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../src/fields/richText'
import { adminApi } from '../e2e/support/api'
import { clusterState, edge, edgeReachesEveryInstance, instances, sleep, textOf, within } from './support/cluster'

/**
 * What was deleted or unpublished is never served again in the cluster: not by an instance that
 * restarted, not after Redis restarted, and not by the edge's grace while no instance answers.
 */
let api: Awaited<ReturnType<typeof adminApi>>
const tag = `d${Date.now().toString(36)}`

beforeAll(async () => {
  api = await adminApi(edge)
})

async function publishFaq(word: string): Promise<{ id: number; paths: string[] }> {
  const { doc } = await api('POST', '/api/faqs?locale=it', {
    question: `Domanda ${word}?`,
    answer: paragraphsToLexical([`Risposta ${word}.`]),
    section: 'the-role',
    slug: `domanda-${word}`,
    _status: 'published',
  })
  await api('PATCH', `/api/faqs/${doc.id}?locale=en`, {
    question: `Question ${word}?`,
    answer: paragraphsToLexical([`Answer ${word}.`]),
    slug: `question-${word}`,
    _status: 'published',
  })
  return { id: doc.id, paths: [`/it/domande-frequenti/domanda-${word}`, `/en/faq/question-${word}`] }
}

/** Every address that shows the entry, through the edge and on each instance, each seen with it. */
async function viewEverywhere(word: string, paths: string[]): Promise<string[]> {
  const bases = [edge, ...(await instances()).map((i) => i.url)]
  const urls = bases.flatMap((base) => [...paths, '/it/domande-frequenti', '/en/faq'].map((p) => `${base}${p}`))
  for (const url of urls) {
    await textOf(url)
    expect((await textOf(url)).text, url).toContain(`${word}?`)
  }
  return urls
}

async function expectGoneEverywhere(word: string, urls: string[]): Promise<void> {
  for (const url of urls) {
    const { status, text } = await textOf(url)
    expect(text, url).not.toContain(`${word}?`)
    if (!/\/(domande-frequenti|faq)$/.test(url)) expect([301, 308, 404], url).toContain(status)
  }
}

const pidOf = async (name: string) => (await clusterState()).services.find((s) => s.name === name)?.pid

describe('invalidations that outlive a process', () => {
  it('a deleted FAQ is not served by an instance killed right after the deletion and restarted, nor by the edge', async () => {
    const word = `cancellata${tag}`
    const faq = await publishFaq(word)
    const urls = await viewEverywhere(word, faq.paths)
    const [victim] = await instances()
    await api('DELETE', `/api/faqs/${faq.id}`)
    process.kill(victim!.pid, 'SIGKILL')
    await within(60_000, async () => (await pidOf(victim!.name)) !== victim!.pid, 'restart')
    await within(
      60_000,
      async () => (await textOf(`${victim!.url}/api/ready`).catch(() => ({ status: 0 }))).status === 200,
      'ready',
    )
    await expectGoneEverywhere(word, urls)
    await edgeReachesEveryInstance()
  })

  it('an unpublished FAQ is not served after Redis restarts empty, and the cache works again', async () => {
    const word = `ritirata${tag}`
    const faq = await publishFaq(word)
    const urls = await viewEverywhere(word, faq.paths)
    await api('PATCH', `/api/faqs/${faq.id}?locale=it`, { _status: 'draft' })
    const redis = await pidOf('redis')
    process.kill(redis!, 'SIGKILL')
    await within(30_000, async () => ((await pidOf('redis')) ?? redis) !== redis, 'Redis restarted')
    await sleep(1500) // the instances reconnect
    await expectGoneEverywhere(word, urls)
    // Pages are cached in the new Redis again.
    const [a] = await instances()
    await within(
      30_000,
      async () => {
        await textOf(`${a!.url}/it/kit`)
        return (await textOf(`${a!.url}/it/kit`)).headers.get('x-nextjs-cache') === 'HIT'
      },
      'cached again',
    )
    await api('DELETE', `/api/faqs/${faq.id}`)
  })

  it('while no instance answers, the edge serves an edited page from grace but never a deleted one', async () => {
    const edited = await publishFaq(`modificata${tag}`)
    const deleted = await publishFaq(`eliminata${tag}`)
    for (const path of [edited.paths[0]!, deleted.paths[0]!]) {
      await textOf(`${edge}${path}`)
      expect((await textOf(`${edge}${path}`)).headers.get('x-cache'), path).toBe('HIT')
    }
    await api('PATCH', `/api/faqs/${edited.id}?locale=it`, {
      answer: paragraphsToLexical([`Risposta nuova modificata${tag}.`]),
      _status: 'published',
    })
    await api('DELETE', `/api/faqs/${deleted.id}`)
    // Every instance frozen: the edge's health checks fail within two seconds.
    const all = await instances()
    for (const instance of all) process.kill(instance.pid, 'SIGSTOP')
    try {
      await sleep(5000)
      const stale = await textOf(`${edge}${edited.paths[0]}`)
      expect(stale.status).toBe(200)
      expect(stale.text).toContain(`modificata${tag}?`)
      const gone = await textOf(`${edge}${deleted.paths[0]}`)
      expect(gone.text).not.toContain(`eliminata${tag}?`)
      expect(gone.status).not.toBe(200)
    } finally {
      for (const instance of all) process.kill(instance.pid, 'SIGCONT')
    }
    await edgeReachesEveryInstance()
    await api('DELETE', `/api/faqs/${edited.id}`)
  })
})
