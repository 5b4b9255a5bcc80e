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
