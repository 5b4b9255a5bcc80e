import type { AssociationSeed } from './types'

/** Intimitalia. The real website URL is not in the source, so it is left null. */
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
      'Al momento in Italia non esistono agenzie di Intimacy Coordinator: le produzioni in cerca di questa figura possono consultare anche il sito di Intimitalia.',
    ],
    en: [
      'Intimitalia is an association that brings together Italian Intimacy Coordinators who work at the national and international level. I am one of its founding members.',
      'There are currently no agencies for Intimacy Coordinators in Italy: producers looking for an Intimacy Coordinator can also visit the Intimitalia website.',
    ],
  },
  coordinatorRole: {
    it: 'Membro fondatore',
    en: 'Founding member',
  },
  website: null,
}
