import type { SiteSettingsSeed } from './types'

export const siteSettings: SiteSettingsSeed = {
  siteTitle: {
    it: 'Intimacy Coordinator',
    en: 'Intimacy Coordinator',
  },
  tagline: {
    it: 'Gestione delle scene intime e dei contenuti sensibili, dalla sceneggiatura al set e al palco.',
    en: 'Managing intimate scenes and sensitive content, from the script to the set and the stage.',
  },
  role: {
    it: 'Intimacy Coordinator per cinema, TV e teatro',
    en: 'Intimacy Coordinator for film, TV and theatre',
  },
  faqIntro: {
    it: 'Scopri come lavora l’Intimacy Coordinator. Questa sezione risponde alle domande principali e chiarisce i malintesi più diffusi su questo ruolo professionale. Se stai valutando di affidarti a questa figura specializzata ma hai dubbi sui suoi compiti e sulle sue responsabilità, o se vuoi saperne di più sulle scene intime e sui contenuti sensibili, continua a leggere.',
    en: 'Discover how an Intimacy Coordinator carries out their work. This section answers the main questions and clears up common misunderstandings about the role of a professional Intimacy Coordinator. If you’re considering hiring this specialist but have doubts about their duties and responsibilities, or if you want to learn more about intimate scenes and sensitive content, then keep reading.',
  },
  contactCallToAction: {
    it: 'Per informazioni e collaborazioni',
    en: 'For information and collaborations',
  },
  navigation: {
    home: { it: 'Home', en: 'Home' },
    faq: { it: 'FAQ', en: 'FAQ' },
    services: { it: 'Servizi', en: 'Services' },
    kit: { it: 'Kit', en: 'Kit' },
    association: { it: 'Associazione', en: 'Association' },
    contact: { it: 'Contatti', en: 'Contact' },
  },
  footer: {
    it: 'Intimacy Coordinator e Intimacy Director in Italia.',
    en: 'Intimacy Coordinator and Intimacy Director in Italy.',
  },
}
