import { insightsServerMessages } from '../insights/messages'

/**
 * What the server says when it refuses a request the admin (or an API client) sent: in the language
 * of the request (the admin user's language; Accept-Language for other clients), each with a
 * stable code beside it (`errors[0].data.code`). Payload's `scena` namespace, merged into
 * src/i18n/admin.ts. `_one` / `_other`: plural forms chosen by `count`.
 */
export const serverMessages = {
  it: {
    errSignIn: 'Accedi per usare gli strumenti di traduzione.',
    errStaffOnly: 'Gli strumenti di traduzione sono riservati a redazione, traduzione e amministrazione.',
    errUnknownCollection: 'Collezione sconosciuta «{{value}}». Usa una di queste: {{list}}.',
    errGiveCollection: 'Indica la collezione (per esempio «faqs»).',
    errGiveId: 'Indica l’id numerico della voce (per esempio 1).',
    errNoEntry: 'Nessuna voce con id {{id}} in «{{collection}}».',
    errUnknownField: 'Campo sconosciuto «{{field}}». Usa uno di questi: {{list}}.',
    errGiveFingerprint: 'Indica il sourceFingerprint dell’italiano che hai controllato (da translation-source).',
    errNoEnglishYet: '«{{field}}» non ha ancora un testo inglese: traducilo.',
    errItalianChanged:
      'Il testo italiano è cambiato da quando l’hai letto: ricarica la pagina e ricontrolla l’inglese.',
    errGiveIdsCollection: 'Indica la collezione a cui appartengono gli id, per esempio ?collection=faqs&ids=1,2.',
    errInvalidIds: 'Id non validi «{{value}}»: indica gli id delle voci separati da virgole, per esempio ids=1,2.',
    errUnknownScope: 'Ambito sconosciuto «{{value}}». Usa uno di questi: {{list}}.',
    errNothingToTranslate: 'Non c’è niente da tradurre: tutte le voci selezionate hanno il testo inglese completo.',
    errFileTooLarge: 'Il file supera i {{mb}} MB: dividi l’esportazione in più file.',
    errNotUtf8: 'Il file non è testo UTF-8.',
    errNoFile: 'Invia il file XLIFF nel corpo della richiesta.',
    errXliffFile: 'Il file XLIFF non si può leggere: {{detail}}',
    errTranslatorShared_one:
      'Chi traduce può modificare solo il testo inglese. Il campo {{fields}} è comune alle due lingue: chiedi alla redazione.',
    errTranslatorShared_other:
      'Chi traduce può modificare solo il testo inglese. I campi {{fields}} sono comuni alle due lingue: chiedi alla redazione.',
    errTranslatorUnpublish: 'Chi traduce non può ritirare una voce dalla pubblicazione: chiedi alla redazione.',
    errWebsite: 'Inserisci un indirizzo web completo che inizi con https:// (per esempio https://example.org).',
    errAccentFormat: 'Scrivi il colore in esadecimale, con sei cifre: per esempio #8a2d3b.',
    errWholeNumber: 'Scrivi un numero intero, senza decimali.',
    errVatNumber:
      'Partita IVA non valida: 11 cifre, eventualmente precedute dal codice del Paese (per esempio IT12345678901).',
    errAccentContrast:
      'Contrasto {{ratio}}:1 con lo sfondo o con il testo bianco dei pulsanti: serve almeno {{min}}:1. Scegli un colore più scuro.',
    errPrivacySignIn: 'Accedi con un account di amministrazione per gestire le richieste privacy.',
    errPrivacyAdminsOnly: 'Solo l’amministrazione può gestire le richieste privacy.',
    errGiveEmail: 'Indica l’indirizzo e-mail della persona che fa la richiesta.',
    errConfirmErase: 'Conferma la cancellazione con "confirm": true.',
    errRedirectEmpty: 'Scrivi un percorso di questo sito che inizi con /, per esempio /faq.html.',
    errRedirectTooLong: 'L’indirizzo è troppo lungo: al massimo 300 caratteri.',
    errRedirectNotAPath:
      'Scrivi un percorso di questo sito che inizi con una sola / (per esempio /faq.html), non un indirizzo di un altro sito.',
    errRedirectOtherSite: 'Solo indirizzi di questo sito: un reindirizzamento non può portare a un altro sito.',
    errRedirectBadCharacters: 'L’indirizzo contiene spazi, barre rovesciate (\\) o caratteri di controllo: toglili.',
    errRedirectQuery: 'Il vecchio indirizzo non può avere una parte dopo «?»: scrivi solo il percorso.',
    errRedirectExistingPage:
      'Questo indirizzo è già una pagina del sito: un reindirizzamento da qui non verrebbe mai usato.',
    errRedirectToItself: 'Il nuovo indirizzo è uguale al vecchio: scegline un altro.',
    importNotOurs: 'Non è un’unità esportata da Scena (collezione.id.campo.impronta).',
    importUnknownCollection: 'Collezione sconosciuta «{{value}}».',
    importNotTranslatable: '«{{field}}» non è un campo da tradurre di «{{collection}}».',
    importNoEntry: 'Nessuna voce con id {{id}} in «{{collection}}».',
    importItalianChanged:
      'Il testo italiano è cambiato dopo l’esportazione: esporta di nuovo e traduci il testo italiano attuale.',
    importIncomplete: 'Alcuni segmenti di questa unità non hanno la traduzione.',
    importNoTarget: 'Nessuna traduzione.',
    importUnreadable: 'La traduzione non si può leggere: {{detail}}.',
    importNul: 'La traduzione contiene un carattere NUL.',
    importEmpty: 'Traduzione vuota.',
    importUnchanged: 'Uguale al testo inglese attuale.',
    importDuplicate: 'Questa unità compare più di una volta nel file.',
    // Launch checklist
    errLaunchSignIn: 'Accedi con un account di amministrazione per inviare l’e-mail di prova.',
    errLaunchAdminsOnly: 'Solo l’amministrazione può inviare l’e-mail di prova.',
    errSmtpUnset:
      'Nessun server SMTP configurato: imposta SMTP_HOST (e, se servono, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD, SMTP_FROM) nell’ambiente del server e riavvialo.',
    errTestEmailFailed: 'L’e-mail di prova non è partita: {{error}}',
    testEmailSent: 'E-mail di prova inviata a {{to}}: controlla che sia arrivata (guarda anche nello spam).',
    testEmailSubject: 'Scena: e-mail di prova',
    testEmailBody:
      'Questa è un’e-mail di prova, inviata dall’area riservata di {{site}} (riquadro «Pronto per la pubblicazione»).\n\nSe la stai leggendo, il sito riesce a inviare e-mail tramite il suo server SMTP.\n\nNon serve rispondere.',
    // Metrics
    errMetricsOff:
      'Le metriche non sono attive su questo server: per attivarle imposta METRICS_TOKEN o METRICS_ALLOW_FROM e riavvialo.',
    errMetricsToken: 'Per leggere le metriche serve il token: invialo come «Authorization: Bearer <METRICS_TOKEN>».',
    errMetricsAddress: 'Le metriche si possono leggere solo dagli indirizzi in METRICS_ALLOW_FROM.',
    ...insightsServerMessages.it,
  },
  en: {
    errSignIn: 'Sign in to use the translation tools.',
    errStaffOnly: 'Only editors, translators and admins can use the translation tools.',
    errUnknownCollection: 'Unknown collection "{{value}}". Use one of: {{list}}.',
    errGiveCollection: 'Give the collection (e.g. "faqs").',
    errGiveId: 'Give the numeric id of the entry (e.g. 1).',
    errNoEntry: 'No {{collection}} with id {{id}}.',
    errUnknownField: 'Unknown field "{{field}}". Use one of: {{list}}.',
    errGiveFingerprint: 'Give the sourceFingerprint of the Italian you checked (from translation-source).',
    errNoEnglishYet: '"{{field}}" has no English yet: translate it instead.',
    errItalianChanged: 'The Italian has changed since you read it: reload and check the English again.',
    errGiveIdsCollection: 'Give the collection the ids belong to, e.g. ?collection=faqs&ids=1,2.',
    errInvalidIds: 'Invalid ids "{{value}}": give entry ids separated by commas, e.g. ids=1,2.',
    errUnknownScope: 'Unknown scope "{{value}}". Use one of: {{list}}.',
    errNothingToTranslate: 'Nothing to translate: every selected entry has a complete English text.',
    errFileTooLarge: 'The file is larger than {{mb}} MB: split the export.',
    errNotUtf8: 'The file is not UTF-8 text.',
    errNoFile: 'Send the XLIFF file as the request body.',
    errXliffFile: 'The XLIFF file cannot be read: {{detail}}',
    errTranslatorShared_one:
      'Translators can change only the English text. {{fields}} is shared by both languages: ask an editor.',
    errTranslatorShared_other:
      'Translators can change only the English text. {{fields}} are shared by both languages: ask an editor.',
    errTranslatorUnpublish: 'Translators cannot unpublish an entry: ask an editor.',
    errWebsite: 'Enter a full web address starting with https:// (e.g. https://example.org).',
    errAccentFormat: 'Write the colour as six hexadecimal digits, for example #8a2d3b.',
    errWholeNumber: 'Enter a whole number, without decimals.',
    errVatNumber: 'Not a valid VAT number: its digits, optionally after the country code (for example IT12345678901).',
    errAccentContrast:
      'Contrast {{ratio}}:1 with the background or the white text of buttons: at least {{min}}:1 is needed. Choose a darker colour.',
    errPrivacySignIn: 'Sign in as an admin to handle privacy requests.',
    errPrivacyAdminsOnly: 'Only admins can handle privacy requests.',
    errGiveEmail: 'Give the e-mail address of the person making the request.',
    errConfirmErase: 'Confirm the erasure with "confirm": true.',
    errRedirectEmpty: 'Write a path of this site starting with /, for example /faq.html.',
    errRedirectTooLong: 'The address is too long: 300 characters at most.',
    errRedirectNotAPath:
      'Write a path of this site starting with a single / (for example /faq.html), not an address of another site.',
    errRedirectOtherSite: 'Only addresses of this site: a redirect cannot lead to another site.',
    errRedirectBadCharacters: 'The address contains spaces, backslashes (\\) or control characters: remove them.',
    errRedirectQuery: 'The old address cannot have a part after "?": write the path only.',
    errRedirectExistingPage: 'This address is a page of the site already: a redirect from it would never be used.',
    errRedirectToItself: 'The new address is the same as the old one: choose another.',
    importNotOurs: 'Not a unit id exported by Scena (collection.id.field.fingerprint).',
    importUnknownCollection: 'Unknown collection "{{value}}".',
    importNotTranslatable: '"{{field}}" is not a translatable field of {{collection}}.',
    importNoEntry: 'No {{collection}} with id {{id}}.',
    importItalianChanged:
      'The Italian text has changed since this file was exported: export it again and translate the new text.',
    importIncomplete: 'Some segments of this unit have no target.',
    importNoTarget: 'No target.',
    importUnreadable: 'The target cannot be read: {{detail}}.',
    importNul: 'The target contains a NUL character.',
    importEmpty: 'Empty target.',
    importUnchanged: 'Same as the current English.',
    importDuplicate: 'This unit id occurs more than once in the file.',
    // Launch checklist
    errLaunchSignIn: 'Sign in as an admin to send the test e-mail.',
    errLaunchAdminsOnly: 'Only admins can send the test e-mail.',
    errSmtpUnset:
      'No SMTP server is configured: set SMTP_HOST (and, as needed, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD, SMTP_FROM) in the server’s environment and restart it.',
    errTestEmailFailed: 'The test e-mail was not sent: {{error}}',
    testEmailSent: 'Test e-mail sent to {{to}}: check that it arrived (look in the spam folder too).',
    testEmailSubject: 'Scena: test e-mail',
    testEmailBody:
      'This is a test e-mail, sent from the admin of {{site}} (the “Ready to go live” box).\n\nIf you are reading it, the site can send e-mail through its SMTP server.\n\nNo need to reply.',
    // Metrics
    errMetricsOff: 'Metrics are not enabled on this server: set METRICS_TOKEN or METRICS_ALLOW_FROM and restart it.',
    errMetricsToken: 'Reading the metrics needs the token: send it as “Authorization: Bearer <METRICS_TOKEN>”.',
    errMetricsAddress: 'The metrics can only be read from the addresses in METRICS_ALLOW_FROM.',
    ...insightsServerMessages.en,
  },
}

type Key = keyof (typeof serverMessages)['en']
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never
/** A message key, or the base of a plural pair (`x` for `x_one` / `x_other`). */
export type ServerMessage = Exclude<Key, `${string}_one` | `${string}_other`> | PluralBase<Key>
