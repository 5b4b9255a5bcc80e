import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'

/**
 * One Prometheus registry per process, kept on `globalThis`. The process holds Scena's code twice:
 * once as `scripts/serve.ts` loads it (which times every request) and once inside Next's server
 * bundle (where Payload serves GET /api/metrics). A module-level registry would exist once in each
 * copy, and the endpoint would print counters nobody increments. A symbol on `globalThis` is the one
 * thing both copies see.
 */
const KEY = Symbol.for('scena.metrics.registry')

type Holder = { [KEY]?: Registry }

export function metricsRegistry(): Registry {
  const holder = globalThis as Holder
  if (!holder[KEY]) {
    const registry = new Registry()
    // Process memory, CPU, handles, event-loop lag (nodejs_eventloop_lag_*), heap and GC.
    collectDefaultMetrics({ register: registry })
    holder[KEY] = registry
  }
  return holder[KEY]
}

// Get-or-create: the second copy of this module (see above), or a test importing it again, gets the
// metric the first one registered instead of prom-client's "already registered" error.
function existing<T>(name: string): T | undefined {
  return metricsRegistry().getSingleMetric(name) as T | undefined
}

type Config<L extends string> = { name: string; help: string; labelNames?: readonly L[] }

export function counter<L extends string>(config: Config<L>): Counter<L> {
  return existing<Counter<L>>(config.name) ?? new Counter<L>({ ...config, registers: [metricsRegistry()] })
}

export function gauge<L extends string>(config: Config<L>): Gauge<L> {
  return existing<Gauge<L>>(config.name) ?? new Gauge<L>({ ...config, registers: [metricsRegistry()] })
}

export function histogram<L extends string>(config: Config<L> & { buckets: number[] }): Histogram<L> {
  return existing<Histogram<L>>(config.name) ?? new Histogram<L>({ ...config, registers: [metricsRegistry()] })
}
