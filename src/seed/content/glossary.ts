import type { GlossarySeed } from './types'

/**
 * The practice's key terms, as its own English and Italian pages use them. Each note is written for
 * both the Italian editor and the English translator: Italian first, then English.
 */
export const glossary: GlossarySeed[] = [
  {
    term: 'Intimacy Coordinator',
    translation: 'Intimacy Coordinator',
    note: 'Titolo professionale in inglese anche nel testo italiano, sempre con le iniziali maiuscole (IC in forma breve). / Job title kept in English in the Italian text too, always capitalised (IC for short).',
  },
  {
    term: 'Intimacy Director',
    translation: 'Intimacy Director',
    note: 'In inglese: la figura del teatro e dello spettacolo dal vivo. / Kept in English: the role in theatre and live performance.',
  },
  {
    term: 'Fight Coordinator',
    translation: 'Fight Coordinator',
    note: 'In inglese: coordina le scene di combattimento e d’azione. / Kept in English: coordinates fight and action scenes.',
  },
  {
    term: 'indumenti coprenti',
    translation: 'modesty garments',
    note: 'Non «indumenti di protezione» (abbigliamento antinfortunistico). / Not “protective clothing”.',
  },
  { term: 'scene intime', translation: 'intimate scenes' },
  { term: 'sesso simulato', translation: 'simulated sex' },
  { term: 'contenuti sensibili', translation: 'sensitive content' },
  {
    term: 'coreografia',
    translation: 'choreography',
    note: 'Delle scene intime: «coreografia delle scene intime». / Of intimate scenes: “intimacy choreography”.',
  },
  {
    term: 'interpreti',
    translation: 'performers',
    note: 'Chi recita, danza o canta: in inglese sempre «performers». / Covers actors, dancers and singers: always “performers”, not “actors”.',
  },
  {
    term: 'confini fisici, emotivi e professionali',
    translation: 'physical, emotional and professional boundaries',
    note: 'Non «spazi». / Not “spaces”.',
  },
  { term: 'arti performative', translation: 'performing arts' },
  {
    term: 'sceneggiatura',
    translation: 'screenplay',
    note: 'Cinema e TV. / Film and TV. Plain “script” is fine where the text does not contrast it with “copione”.',
  },
  {
    term: 'copione',
    translation: 'script',
    note: 'Teatro, o qualsiasi testo: «sceneggiatura o copione». / Theatre, or any script: “sceneggiatura o copione” → “screenplay or script”.',
  },
  {
    term: 'regia',
    translation: 'the director',
    note: 'In italiano si nomina il ruolo («la regia»), in inglese la persona. / Italian names the role (“la regia”); English names the person.',
  },
  {
    term: 'capireparto',
    translation: 'heads of department',
    note: 'Singolare «caporeparto». / Singular: “head of department”.',
  },
  { term: 'reparti', translation: 'departments' },
  {
    term: 'palco',
    translation: 'stage',
    note: 'Il termine del sito, non «palcoscenico»: «per il set e per il palco». / The site’s term (not “palcoscenico”): “for set and stage”.',
  },
  {
    term: 'spettacolo dal vivo',
    translation: 'live performance',
    note: 'In inglese sempre «live performance». / Always “live performance”, not “live show”.',
  },
  {
    term: 'dalle prove al debutto',
    translation: 'from rehearsals to opening night',
  },
  {
    term: 'montaggio',
    translation: 'editing',
    note: 'In inglese «editing», non «video editing». / “Editing”, not “video editing”.',
  },
  { term: 'pre-produzione', translation: 'pre-production' },
  { term: 'post-produzione', translation: 'post-production' },
  {
    term: 'ciak',
    translation: 'take',
    note: '«Tra un ciak e l’altro»; non il ciak come oggetto. / “Between takes”; not the clapperboard.',
  },
  {
    term: 'fuori campo',
    translation: 'out of shot',
    note: 'Fuori dall’inquadratura; non la «voce fuori campo». / Outside the frame; not “voice-over”.',
  },
  { term: 'benessere', translation: 'well-being', note: 'Degli interpreti. / Of the performers.' },
  { term: 'spazio sicuro', translation: 'safe space' },
  { term: 'consenso', translation: 'consent' },
  { term: 'rischi psicofisici', translation: 'psycho-physical risks' },
  {
    term: 'attestato di partecipazione',
    translation: 'certificate of participation',
    note: 'Attesta solo la frequenza; non è il «certificato» riconosciuto di un corso. / Proof of attendance only; not the recognised “certificate” of a training course.',
  },
  { term: 'associazione di categoria', translation: 'trade association' },
  {
    term: 'soci fondatori',
    translation: 'founding members',
    note: 'Al singolare «socio fondatore» o «socia fondatrice», non «membro fondatore»; se il genere non è noto, «tra i soci fondatori». / Singular: “founding member”.',
  },
  {
    term: 'accappatoio',
    translation: 'robe',
    note: 'Per gli interpreti tra un ciak e l’altro. / Worn by performers between takes; not “bathrobe”.',
  },
  { term: 'cuscinetti barriera', translation: 'barrier pads' },
  { term: 'nudità', translation: 'nudity' },
  {
    term: 'Intimitalia',
    translation: 'Intimitalia',
    note: 'Nome dell’associazione: non si traduce (sito: intimitalia.it). / The association’s name: never translated (site: intimitalia.it).',
  },
]
