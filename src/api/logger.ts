import { defaultLoggerOptions, type PayloadLogger } from 'payload'
import type { LoggerOptions } from 'pino'

import { currentRequestId } from '../observability/requestId'
import { classifyError, oneLine } from './classifyError'
import { env } from '../env'

const ERROR_LEVEL = 50

/**
 * Payload's logger with one rule added: an error that is the caller's (a refused request, a value
 * that does not fit its column) is logged at info as one line, and a database outage as one error
 * line, both without SQL, parameters or stack. Payload's own `loggingLevels` cannot do this in a
 * production build: it matches errors by class name, and the build minifies class names.
 * Every line written while a request is served carries its `requestId` (src/observability/requestId.ts).
 */
export function scenaLogger(level = env.PAYLOAD_LOG_LEVEL): { options: LoggerOptions; destination: never } {
  return {
    options: {
      ...(level ? { level } : {}),
      mixin() {
        const requestId = currentRequestId()
        return requestId ? { requestId } : {}
      },
      hooks: {
        logMethod(args, method, levelNumber) {
          const first = args[0] as unknown
          const error = first instanceof Error ? first : (first as { err?: unknown } | null)?.err
          if (levelNumber >= ERROR_LEVEL && error) {
            const errorClass = classifyError(error)
            const logger = this as unknown as PayloadLogger
            if (errorClass.kind === 'refused') return logger.info(oneLine(error, errorClass))
            if (errorClass.kind === 'unavailable') return logger.error(oneLine(error, errorClass))
          }
          return method.apply(this, args as Parameters<typeof method>)
        },
      },
    },
    // `as never`: Payload's own default output (`defaultLoggerOptions`, a pino-pretty stream) is
    // typed as PinoPretty.PrettyStream, which its `destination` type (pino's DestinationStream) does
    // not name, though it is one at run time.
    destination: defaultLoggerOptions as never,
  }
}
