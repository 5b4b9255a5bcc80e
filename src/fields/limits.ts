/**
 * Limits that the admin (collections, globals), the server's checks and the site's forms share.
 * No server imports: client components read it too.
 */

/** Longest text of each contact-form field, in characters. */
export const enquiryLimits = {
  name: 200,
  email: 254,
  organisation: 200,
  dates: 200,
  message: 5000,
} as const

/** Questions the home page shows (chosen in the site settings, else the first ones): enough to answer a producer's first doubts. */
export const FEATURED_QUESTIONS = 3
