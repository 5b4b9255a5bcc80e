/** The environment every test process runs Payload with. */
export function testEnv(databaseUrl: string, mediaDir: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    MEDIA_DIR: mediaDir,
    PAYLOAD_SECRET: 'scena-test-secret-not-for-production',
    // Small, so the oversized-upload test needs only a small file.
    MAX_UPLOAD_MB: '1',
    SITE_URL: 'http://localhost:3000',
    // Tests provoke 4xx errors on purpose; keep the output to real problems.
    PAYLOAD_LOG_LEVEL: 'error',
  }
}
