import type { AssociationSeed } from './types'

/** Intimitalia, whose public site is intimitalia.it. */
export const association: AssociationSeed = {
  key: 'intimitalia',
  name: {
    it: 'Intimitalia',
    en: 'Intimitalia',
  },
  slug: {
    it: 'intimitalia',
    en: 'intimitalia',
  },
  description: {
    it: [
      'Intimitalia è un’associazione che riunisce Intimacy Coordinator italiani attivi a livello nazionale e internazionale. Sono tra i suoi soci fondatori.',
      'Al momento in Italia non esistono agenzie di Intimacy Coordinator: le produzioni in cerca di questa figura possono consultare anche il [sito di Intimitalia](https://intimitalia.it).',
    ],
    en: [
      'Intimitalia is an association that brings together Italian Intimacy Coordinators who work at the national and international level. I am one of its founding members.',
      'There are currently no agencies for Intimacy Coordinators in Italy: producers looking for an Intimacy Coordinator can also visit the [Intimitalia website](https://intimitalia.it).',
    ],
  },
  coordinatorRole: {
    it: 'Tra i soci fondatori',
    en: 'Founding member',
  },
  website: 'https://intimitalia.it',
}
