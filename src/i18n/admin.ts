/**
 * The admin's own strings for the translation tools (Payload custom translations, namespace
 * `scena`). Both languages have the same keys; tests/int/messages.test.ts checks it.
 */
export const adminTranslations = {
  it: {
    scena: {
      complete: 'Completa',
      missing: 'Mancante',
      outdated: 'Da aggiornare',
      nMissing: '{{count}} mancanti',
      nOutdated: '{{count}} da aggiornare',
      notTracked: 'Non ancora calcolato',
      italianSource: 'Testo italiano',
      emptySource: 'Il testo italiano è vuoto: non c’è nulla da tradurre.',
      copyFromItalian: 'Copia dall’italiano',
      copied: 'Copiato: ora traduci il testo e salva.',
      stillAccurate: 'L’inglese è ancora corretto',
      stillAccurateHelp: 'Se la modifica all’italiano non cambia il senso (un refuso, per esempio).',
      confirmFailed: 'Conferma non riuscita',
      confirmed: 'Confermato: l’inglese corrisponde all’italiano attuale (salvato come bozza).',
      glossary: 'Glossario',
      loadingSource: 'Caricamento del testo italiano…',
      sourceError: 'Impossibile caricare il testo italiano. Ricarica la pagina.',
      translations: 'Traduzioni',
      translationsIntro:
        'Voci con testo inglese mancante o da aggiornare rispetto all’italiano. Aprile per tradurre con il testo italiano accanto.',
      collection: 'Raccolta',
      entry: 'Voce',
      status: 'Stato',
      fieldsToTranslate: 'Campi da tradurre',
      total: 'Totale',
      showInList: 'Mostra nell’elenco',
      allTranslated: 'Tutto è tradotto: non c’è nulla da fare.',
      openInEnglish: 'Apri in inglese',
      xliff: 'XLIFF (strumenti CAT)',
      xliffIntro:
        'Esporta il lavoro da fare in XLIFF 2.0 per uno strumento di traduzione, poi reimportalo: le traduzioni diventano bozze in inglese.',
      exportNeedsWork: 'Esporta tutto ciò che manca o è da aggiornare',
      exportAll: 'Esporta tutto',
      exporting: 'Esportazione…',
      exportFailed: 'Esportazione non riuscita: riprova.',
      resultApplied: 'applicata',
      resultConflict: 'in conflitto',
      resultRejected: 'rifiutata',
      resultSkipped: 'saltata',
      exportCollectionNeedsWork: 'Esporta ciò che manca o è da aggiornare',
      exportSelected: 'Esporta le {{count}} voci selezionate',
      importFile: 'File XLIFF da importare',
      import: 'Importa',
      importing: 'Importazione…',
      importReport:
        'Applicate: {{applied}} · In conflitto: {{conflicts}} · Rifiutate: {{rejected}} · Saltate: {{skipped}}',
      importFailed: 'Importazione non riuscita',
      chooseFile: 'Scegli prima un file .xlf.',
      loginRateLimited: 'Troppi tentativi di accesso non riusciti da questa rete. Riprova tra {{minutes}} min.',
    },
    // Payload's own messages, overridden: one answer for a wrong password, an unknown e-mail and a
    // locked account, so that it never tells whether an account exists (src/auth/loginGuard.ts).
    error: {
      emailOrPasswordIncorrect:
        'Accesso non riuscito: controlla l’e-mail e la password. Dopo troppi tentativi sbagliati, l’account viene bloccato temporaneamente.',
      userLocked:
        'Accesso non riuscito: controlla l’e-mail e la password. Dopo troppi tentativi sbagliati, l’account viene bloccato temporaneamente.',
    },
  },
  en: {
    scena: {
      complete: 'Complete',
      missing: 'Missing',
      outdated: 'Outdated',
      nMissing: '{{count}} missing',
      nOutdated: '{{count}} outdated',
      notTracked: 'Not computed yet',
      italianSource: 'Italian source',
      emptySource: 'The Italian text is empty: there is nothing to translate.',
      copyFromItalian: 'Copy from Italian',
      copied: 'Copied: now translate the text and save.',
      stillAccurate: 'The English is still accurate',
      stillAccurateHelp: 'When the Italian change does not change the meaning (a typo fix, say).',
      confirmFailed: 'Could not confirm',
      confirmed: 'Confirmed: the English matches the current Italian (saved as a draft).',
      glossary: 'Glossary',
      loadingSource: 'Loading the Italian text…',
      sourceError: 'The Italian text could not be loaded. Reload the page.',
      translations: 'Translations',
      translationsIntro:
        'Entries whose English is missing or out of date with the Italian. Open one to translate with the Italian beside it.',
      collection: 'Collection',
      entry: 'Entry',
      status: 'Status',
      fieldsToTranslate: 'Fields to translate',
      total: 'Total',
      showInList: 'Show in the list',
      allTranslated: 'Everything is translated: nothing to do.',
      openInEnglish: 'Open in English',
      xliff: 'XLIFF (CAT tools)',
      xliffIntro:
        'Export the work to do as XLIFF 2.0 for a translation tool, then import it back: translations become English drafts.',
      exportNeedsWork: 'Export everything missing or outdated',
      exportAll: 'Export everything',
      exporting: 'Exporting…',
      exportFailed: 'The export failed: try again.',
      resultApplied: 'applied',
      resultConflict: 'conflict',
      resultRejected: 'rejected',
      resultSkipped: 'skipped',
      exportCollectionNeedsWork: 'Export what is missing or outdated',
      exportSelected: 'Export the {{count}} selected entries',
      importFile: 'XLIFF file to import',
      import: 'Import',
      importing: 'Importing…',
      importReport: 'Applied: {{applied}} · Conflicts: {{conflicts}} · Rejected: {{rejected}} · Skipped: {{skipped}}',
      importFailed: 'Import failed',
      chooseFile: 'Choose an .xlf file first.',
      loginRateLimited: 'Too many failed sign-in attempts from this network. Try again in {{minutes}} min.',
    },
    error: {
      emailOrPasswordIncorrect:
        'Sign-in failed: check your e-mail and password. After too many wrong attempts, the account is temporarily locked.',
      userLocked:
        'Sign-in failed: check your e-mail and password. After too many wrong attempts, the account is temporarily locked.',
    },
  },
}

export type AdminKey = `scena:${keyof (typeof adminTranslations)['en']['scena']}`
