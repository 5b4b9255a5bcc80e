/**
 * Whether `error` is the one Next's `notFound()` throws. Next has no public test for it (only
 * `unstable_rethrow`, which cannot tell a 404 from a redirect), so this is the one module that reads
 * Next's private one; tests/int/library-internals.test.ts checks it against a real `notFound()`, so
 * an upgrade that moves or changes it fails there.
 */
import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback'

export const isNotFoundError = (error: unknown): boolean =>
  isHTTPAccessFallbackError(error) && getAccessFallbackHTTPStatus(error) === 404
