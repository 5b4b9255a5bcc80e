/** PostgreSQL `integer`/`serial`, every id in this schema: a larger number names no entry (and must not reach SQL). */
export const MAX_ID = 2 ** 31 - 1
