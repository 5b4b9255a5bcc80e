/** The section pages besides home and FAQ, in both languages (translated paths). */
export const sectionPages = [
  '/it/servizi',
  '/en/services',
  '/it/kit',
  '/en/kit',
  '/it/associazione',
  '/en/association',
  '/it/contatti',
  '/en/contact',
]

/** Home, the FAQ index and one question, in both languages. */
export const homeAndFaqPages = [
  '/it',
  '/en',
  '/it/domande-frequenti',
  '/en/faq',
  '/it/domande-frequenti/chi-e-l-intimacy-coordinator',
  '/en/faq/what-is-an-intimacy-coordinator',
]
