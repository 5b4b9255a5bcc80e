import type { GlossarySeed } from './types'

/** The practice's key terms, as its own English and Italian pages use them. */
export const glossary: GlossarySeed[] = [
  {
    term: 'intimacy coordinator',
    translation: 'intimacy coordinator',
    note: 'Job title kept in English in Italian too; capitalised as on the practice pages.',
  },
  {
    term: 'Intimacy Director',
    translation: 'Intimacy Director',
    note: 'Kept in English: the role in theatre and live performance.',
  },
  {
    term: 'Fight Coordinator',
    translation: 'Fight Coordinator',
    note: 'Kept in English: coordinates fight and action scenes.',
  },
  {
    term: 'indumenti coprenti',
    translation: 'modesty garments',
    note: 'Not “indumenti di protezione” (workplace safety clothing).',
  },
  { term: 'scene intime', translation: 'intimate scenes' },
  { term: 'sesso simulato', translation: 'simulated sex' },
  { term: 'contenuti sensibili', translation: 'sensitive content' },
  { term: 'coreografia', translation: 'choreography', note: 'Of intimate scenes: “intimacy choreography”.' },
  {
    term: 'interpreti',
    translation: 'performers',
    note: 'Covers actors, dancers and singers; prefer “performers” (some FAQ answers say “actors”).',
  },
  { term: 'arti performative', translation: 'performing arts' },
  {
    term: 'sceneggiatura',
    translation: 'screenplay',
    note: 'Film and TV. Plain “script” is fine where the text does not contrast it with “copione”.',
  },
  {
    term: 'copione',
    translation: 'script',
    note: 'Theatre, or any script: “sceneggiatura o copione” → “screenplay or script”.',
  },
  {
    term: 'regia',
    translation: 'the director',
    note: 'Italian names the role (“la regia”); English names the person.',
  },
  {
    term: 'capireparto',
    translation: 'heads of department',
    note: 'Singular “caporeparto” → “head of department”.',
  },
  { term: 'reparti', translation: 'departments' },
  { term: 'palcoscenico', translation: 'stage' },
  {
    term: 'palco',
    translation: 'stage',
    note: 'Everyday form of “palcoscenico”: “per il set e per il palco” → “for set and stage”.',
  },
  {
    term: 'spettacolo dal vivo',
    translation: 'live performance',
    note: '“Live show” also occurs in the practice’s English.',
  },
  { term: 'montaggio', translation: 'editing', note: 'The practice writes “video editing”.' },
  { term: 'pre-produzione', translation: 'pre-production' },
  { term: 'post-produzione', translation: 'post-production' },
  { term: 'ciak', translation: 'take', note: '“Tra un ciak e l’altro” → “between takes”; not the clapperboard.' },
  { term: 'fuori campo', translation: 'out of shot', note: 'Outside the frame; not “voice-over” (voce fuori campo).' },
  { term: 'benessere', translation: 'well-being', note: 'Of the performers.' },
  { term: 'spazio sicuro', translation: 'safe space' },
  { term: 'consenso', translation: 'consent' },
  { term: 'rischi psicofisici', translation: 'psycho-physical risks' },
  {
    term: 'attestato di partecipazione',
    translation: 'certificate of participation',
    note: 'Proof of attendance only; not the recognised “certificato” (certificate) of a training course.',
  },
  { term: 'associazione di categoria', translation: 'trade association' },
  {
    term: 'soci fondatori',
    translation: 'founding members',
    note: 'Singular: “membro fondatore” → “founding member”.',
  },
  { term: 'accappatoio', translation: 'robe', note: 'Worn by performers between takes; not “bathrobe”.' },
  { term: 'cuscinetti barriera', translation: 'barrier pads' },
  { term: 'nudità', translation: 'nudity' },
  {
    term: 'Intimitalia',
    translation: 'Intimitalia',
    note: 'The association’s name: never translated.',
  },
]
