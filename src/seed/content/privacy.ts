import type { PrivacyNoticeSeed } from './types'

/**
 * A first draft of the privacy notice (GDPR art. 13) for the contact form, to be reviewed by the
 * practice: it says so in its first paragraph. `{days}` and `{years}` are filled in with
 * ENQUIRY_RETENTION_DAYS when seeding.
 */
export const privacyNotice: PrivacyNoticeSeed = {
  title: {
    it: 'Informativa privacy',
    en: 'Privacy notice',
  },
  body: {
    it: [
      'BOZZA DA RIVEDERE: questo testo è una prima stesura preparata per lo studio e non è ancora stato verificato. Va controllato e completato (in particolare con i dati di chi è titolare del trattamento) prima di considerarlo definitivo.',
      'Questa informativa, resa ai sensi dell’art. 13 del Regolamento (UE) 2016/679 (GDPR), ti spiega come vengono trattati i dati personali che invii attraverso il modulo della pagina [Contatti](/it/contatti) di questo sito.',
      'Quali dati raccogliamo: il tuo nome, il tuo indirizzo e-mail e, se li indichi, la produzione o l’organizzazione, il tipo di produzione, le date e il testo del messaggio. Registriamo anche la lingua del sito in cui hai scritto, la data di invio e il consenso che hai dato.',
      'Perché li trattiamo: solo per leggere la tua richiesta e risponderti. I dati non vengono usati per newsletter, pubblicità o profilazione e non vengono venduti né ceduti a terzi.',
      'Base giuridica: il tuo consenso (art. 6, par. 1, lett. a del GDPR), che dai spuntando la casella del modulo. Puoi revocarlo in qualsiasi momento scrivendo all’indirizzo e-mail indicato nella pagina Contatti; la revoca non rende illecito il trattamento effettuato in precedenza.',
      'Per quanto tempo li conserviamo: per {days} giorni (circa {years} anni) dalla data di invio. Trascorso questo periodo, la richiesta viene cancellata automaticamente. Le copie di sicurezza del sito (backup) possono contenerla ancora finché non vengono sostituite da copie più recenti, di norma entro pochi giorni.',
      'Chi vede i dati: solo chi gestisce lo studio e, per gli aspetti tecnici, chi si occupa dell’amministrazione del sito. I dati sono conservati sul server che ospita il sito; se è attivo l’avviso via e-mail, una copia della richiesta arriva anche nella casella di posta dello studio.',
      'I tuoi diritti: puoi chiedere in qualsiasi momento di accedere ai tuoi dati e di riceverne una copia, di correggerli (rettifica) o di cancellarli, e puoi revocare il consenso. Hai anche il diritto di presentare reclamo al Garante per la protezione dei dati personali ([www.garanteprivacy.it](https://www.garanteprivacy.it)).',
      'Come esercitarli: scrivi all’indirizzo e-mail indicato nella pagina Contatti, dallo stesso indirizzo con cui hai inviato la richiesta. Riceverai una risposta senza ingiustificato ritardo e al più tardi entro un mese.',
    ],
    en: [
      'DRAFT FOR REVIEW: this text is a first draft prepared for the practice and has not been checked yet. It must be reviewed and completed (in particular with the details of the data controller) before it is considered final.',
      'This notice, given under Article 13 of Regulation (EU) 2016/679 (GDPR), explains how the personal data you send through the form on this site’s [Contact](/en/contact) page are processed.',
      'What we collect: your name, your e-mail address and, if you give them, the production or organisation, the type of production, the dates and the text of your message. We also record the language of the site you wrote from, the date you sent it and the consent you gave.',
      'Why: only to read your enquiry and reply to it. Your data are not used for newsletters, advertising or profiling, and are never sold or passed on to third parties.',
      'Legal basis: your consent (Article 6(1)(a) GDPR), which you give by ticking the box on the form. You can withdraw it at any time by writing to the e-mail address on the Contact page; withdrawing it does not make earlier processing unlawful.',
      'How long we keep them: {days} days (about {years} years) from the day you sent the enquiry. After that the enquiry is deleted automatically. The site’s backup copies may still contain it until they are replaced by newer ones, normally within a few days.',
      'Who sees them: only the people who run the practice and, for technical matters, whoever administers the site. The data are stored on the server that hosts the site; when e-mail notifications are switched on, a copy of the enquiry also reaches the practice’s mailbox.',
      'Your rights: you can ask at any time to access your data and receive a copy, to have them corrected (rectification) or erased, and you can withdraw your consent. You also have the right to lodge a complaint with the Italian data protection authority, the Garante per la protezione dei dati personali ([www.garanteprivacy.it](https://www.garanteprivacy.it)).',
      'How to exercise them: write to the e-mail address on the Contact page, from the address you sent your enquiry from. You will receive an answer without undue delay and at the latest within one month.',
    ],
  },
}
