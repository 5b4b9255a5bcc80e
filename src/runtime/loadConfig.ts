/**
 * Lexical's Node entry points each load their code through a top-level `await import()`. On
 * Node 20, importing @payloadcms/richtext-lexical lets many of those evaluate at once, and about
 * one import in two then never settles (the process hangs, or exits with code 13). Loading the
 * Lexical packages one at a time first, leaves before the packages built on them, avoids it.
 * Next bundles these modules, so only plain Node processes (scripts, tests) need this.
 */
const lexicalPackagesInDependencyOrder = [
  'lexical',
  '@lexical/utils',
  '@lexical/selection',
  '@lexical/extension',
  '@lexical/html',
  '@lexical/clipboard',
  '@lexical/rich-text',
  '@lexical/list',
  '@lexical/link',
  '@lexical/code-core',
  '@lexical/table',
  '@lexical/markdown',
  '@lexical/headless',
  '@lexical/history',
  '@lexical/mark',
  '@lexical/hashtag',
  '@lexical/overflow',
  '@lexical/plain-text',
  '@lexical/text',
  '@lexical/dragon',
  '@lexical/a11y',
]

let preloaded: Promise<void> | undefined

export function preloadLexical(): Promise<void> {
  preloaded ??= (async () => {
    for (const name of lexicalPackagesInDependencyOrder) {
      // A package a later Lexical release drops is simply skipped.
      await import(/* @vite-ignore */ name).catch(() => undefined)
    }
  })()
  return preloaded
}

/** The Payload config, loaded safely in a plain Node process. Reads the environment when first called. */
export async function loadPayloadConfig() {
  await preloadLexical()
  await import('payload')
  return (await import('../../payload.config')).default
}
