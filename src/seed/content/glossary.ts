import type { GlossarySeed } from './types'

/** The practice's key terms, as its own English and Italian pages use them. */
export const glossary: GlossarySeed[] = [
  {
    term: 'intimacy coordinator',
    translation: 'intimacy coordinator',
    note: 'Job title kept in English in Italian too; capitalised as on the practice pages.',
  },
  { term: 'indumenti di protezione', translation: 'modesty garments' },
  { term: 'scene intime', translation: 'intimate scenes' },
  { term: 'sesso simulato', translation: 'simulated sex' },
  { term: 'contenuti sensibili', translation: 'sensitive content' },
  { term: 'coreografia', translation: 'choreography', note: 'Of intimate scenes: "intimacy choreography".' },
  { term: 'interpreti', translation: 'performers', note: 'Covers actors, dancers and singers; prefer "performers".' },
  { term: 'arti performative', translation: 'performing arts' },
  { term: 'sceneggiatura', translation: 'script', note: 'For film and TV; "copione" is also "script".' },
  {
    term: 'regia',
    translation: 'the director',
    note: 'Italian names the role ("la regia"); English names the person.',
  },
  { term: 'nudità', translation: 'nudity' },
  {
    term: 'Intimitalia',
    translation: 'Intimitalia',
    note: "The association's name: never translated.",
  },
]
