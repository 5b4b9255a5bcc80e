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
    errGiveId: 'Indica l’ID numerico della voce (per esempio 1).',
    errNoEntry: 'Nessuna voce con ID {{id}} in «{{collection}}».',
    errUnknownField: 'Campo sconosciuto «{{field}}». Usa uno di questi: {{list}}.',
    errGiveFingerprint: 'Indica il sourceFingerprint dell’italiano che hai controllato (da translation-source).',
    errNoEnglishYet: '«{{field}}» non ha ancora un testo inglese: traducilo.',
    errItalianChanged:
      'Il testo italiano è cambiato da quando l’hai letto: ricarica la pagina e ricontrolla l’inglese.',
    errGiveIdsCollection: 'Indica la collezione a cui appartengono gli ID, per esempio ?collection=faqs&ids=1,2.',
    errInvalidIds: 'ID non validi «{{value}}»: indica gli ID delle voci separati da virgole, per esempio ids=1,2.',
    errUnknownScope: 'Ambito sconosciuto «{{value}}». Usa uno di questi: {{list}}.',
    errNothingToTranslate: 'Non c’è niente da tradurre: tutte le voci selezionate hanno il testo inglese completo.',
    errFileTooLarge: 'Il file supera i {{mb}} MB: dividi l’esportazione in più file.',
    errNotUtf8: 'Il file non è testo UTF-8.',
    errNoFile: 'Invia il file XLIFF nel corpo della richiesta.',
    errXliffFile: 'Il file non si può importare: {{detail}}',
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
    errGiveEmail: 'Indica l’indirizzo e-mail dell’interessato che fa la richiesta.',
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
    importNoEntry: 'Nessuna voce con ID {{id}} in «{{collection}}».',
    importItalianChanged:
      'Il testo italiano è cambiato dopo l’esportazione: esporta di nuovo e traduci il testo italiano attuale.',
    importIncomplete: 'Alcuni segmenti di questa unità non hanno la traduzione.',
    importNoTarget: 'Nessuna traduzione.',
    importUnreadable: 'La traduzione non si può leggere: {{detail}}.',
    importNul: 'La traduzione contiene un carattere NUL.',
    importEmpty: 'Traduzione vuota.',
    importUnchanged: 'Uguale al testo inglese attuale.',
    importDuplicate: 'Questa unità compare più di una volta nel file.',
    // XLIFF files that cannot be read (the reason inside errXliffFile; its code is the refusal's)
    xliffDoctype: 'contiene dichiarazioni DOCTYPE o ENTITY, che non sono ammesse.',
    xliffMalformed: 'l’XML non è valido (riga {{line}}, colonna {{column}}): {{reason}}.',
    xliffNoRoot: 'il file non contiene nessun elemento XML.',
    xmlTruncated: 'il file finisce prima che tutti gli elementi siano chiusi',
    xmlMismatchedTag: 'un tag di chiusura non corrisponde all’elemento aperto',
    xmlUnknownEntity:
      'c’è un’entità sconosciuta (sono ammesse solo &amp; &lt; &gt; &quot; &apos; e i riferimenti numerici)',
    xmlOutsideRoot: 'c’è del testo fuori dall’elemento principale',
    xmlBareAmpersand: 'c’è una «&» che non apre nessuna entità (nel testo scrivi &amp;)',
    xmlBareLessThan: 'c’è un «<» che non apre nessun tag (nel testo scrivi &lt;)',
    xmlMalformedComment: 'un commento contiene «--», che in XML non è ammesso',
    xmlBadTag: 'un tag è scritto male (nel nome o in ciò che lo segue)',
    xmlBadAttribute: 'un attributo è scritto male (la forma è nome="valore", con uno spazio prima del successivo)',
    xmlSyntax: 'la sintassi XML non è corretta',
    xmlMultipleRoots: 'c’è più di un elemento principale',
    xmlTooDeep: 'gli elementi sono annidati su più di {{max}} livelli',
    xliffNotXliff: 'non è un file XLIFF (l’elemento principale è <{{name}}>).',
    xliffNoVersion: 'il file non indica la versione XLIFF: usa il file XLIFF 2.0 esportato da Scena.',
    xliffVersion: 'la versione XLIFF {{version}} non è supportata: usa il file XLIFF 2.0 esportato da Scena.',
    xliffSourceLanguage: 'la lingua di partenza è «{{value}}», ma Scena traduce da «{{expected}}».',
    xliffTargetLanguage: 'la lingua di arrivo è «{{value}}», ma Scena importa solo «{{expected}}».',
    xliffNoUnits: 'il file non contiene nessuna unità.',
    xliffTooManyUnits_one:
      'il file contiene {{count}} unità, ma se ne possono importare al massimo {{max}} alla volta: dividi l’esportazione (per esempio per collezione).',
    xliffTooManyUnits_other:
      'il file contiene {{count}} unità, ma se ne possono importare al massimo {{max}} alla volta: dividi l’esportazione (per esempio per collezione).',
    // Targets that cannot become the field's text (the reason inside importUnreadable)
    xliffNoId: '(senza ID)',
    xliffNone: '(nessuno)',
    xliffBadCp: 'un elemento <cp> non ha un codice esadecimale valido',
    xliffCodeInPlainText: 'gli elementi <{{name}}> non sono ammessi in un campo di solo testo',
    xliffItemOutsideList: 'la voce di elenco {{id}} è fuori da un elenco',
    xliffListContent: 'l’elenco {{id}} può contenere solo voci di elenco (x-scena:li)',
    xliffNotInSource: 'l’elemento {{id}} non è nel testo italiano',
    xliffUnknownFormat: 'formato sconosciuto {{format}} in {{id}}',
    xliffLinkNotInSource: 'il link {{id}} non è nel testo italiano, quindi il suo indirizzo è sconosciuto',
    xliffNestedBlock: 'il blocco {{id}} ({{subType}}) è dentro il testo: i blocchi non si possono annidare',
    xliffSplitCodes:
      'i codici separati (<{{name}}>) non sono supportati: mantieni gli elementi <pc> del testo italiano',
    xliffUnsupported: 'elemento <{{name}}> {{id}} non supportato',
    // Import report: a write that failed, and the rollback
    importNotSaved: 'Non è stato possibile salvarla: {{reason}}',
    importRolledBack_one:
      'Non applicata: l’importazione è stata annullata perché non è stato possibile salvare l’unità {{units}}.',
    importRolledBack_other:
      'Non applicata: l’importazione è stata annullata perché non è stato possibile salvare le unità {{units}}.',
    importServerFailed: 'errore del server; nessuna parte del file è stata salvata.',
    // Export of entries that do not exist
    errNoEntries_one: 'Nessuna voce con ID {{ids}} in «{{collection}}».',
    errNoEntries_other: 'Nessuna voce con gli ID {{ids}} in «{{collection}}».',
    // Sizes (drafts included) and required fields
    errTooLong_one: 'Al massimo {{count}} carattere (questo testo ne ha {{length}}).',
    errTooLong_other: 'Al massimo {{count}} caratteri (questo testo ne ha {{length}}).',
    errRichTextTooLong: 'Il testo è troppo lungo: al massimo {{kb}} kB.',
    errRequiredToPublishIt: 'Obbligatorio per pubblicare in italiano.',
    errRequiredToPublishEn: 'Obbligatorio per pubblicare in inglese.',
    loginRateLimited_one: 'Troppi tentativi di accesso non riusciti da questa rete. Riprova tra {{count}} minuto.',
    loginRateLimited_other: 'Troppi tentativi di accesso non riusciti da questa rete. Riprova tra {{count}} minuti.',
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
    // Media in a bucket (S3_BUCKET)
    errMediaStorageUnavailable:
      'L’archivio delle immagini (S3) non risponde: l’immagine non è stata salvata. Riprova tra qualche secondo.',
    // Requests only an API client makes (a query the admin never builds, a body over the limit, an
    // address that cannot be decoded): said all the same, in the client's language.
    apiInvalidId: 'ID non valido «{{value}}»: gli ID di {{collection}} sono numeri interi da 1 a {{max}}.',
    apiInvalidPage: 'Pagina non valida «{{value}}»: usa un numero intero da 1 a {{max}}.',
    apiInvalidLimit: 'Limite non valido «{{value}}»: usa un numero intero (0 o più).',
    apiInvalidDepth: 'Profondità non valida «{{value}}»: usa un numero intero da 0 a {{max}}.',
    apiUnknownSort: 'Non puoi ordinare {{collection}} per «{{value}}»: il campo non esiste.',
    apiTooManyConditions: 'La richiesta ha troppe condizioni (al massimo {{max}}).',
    apiUnsupportedOperator: 'Il campo «{{path}}» non ammette l’operatore «{{operator}}».',
    apiUnknownLocale: 'Valore sconosciuto «{{value}}» per {{param}}: usa {{list}} oppure all.',
    apiBodyTooLarge: 'Il corpo della richiesta supera i {{kb}} kB consentiti qui.',
    apiMalformedAddress: 'L’indirizzo non è valido: contiene una codifica con «%» non corretta.',
    apiMalformedJson: 'La richiesta contiene JSON non valido.',
    apiValueDoesNotFit: 'Un valore della richiesta non è compatibile con il campo a cui si riferisce.',
    apiDatabaseUnavailable: 'Il database non è raggiungibile in questo momento. Riprova tra qualche secondo.',
    apiNotAllowed: 'Non consentito.',
    apiInvalidChanges:
      'Invia { "changes": [{ "paths": [...], "removed"?: true }] }: al massimo {{max}} percorsi che iniziano con «/».',
    siteFormForeign: 'Richiesta rifiutata: il modulo è stato inviato da un altro sito.',
    siteFormTooLarge: 'Richiesta rifiutata: il modulo inviato è troppo grande.',
    siteUnknownShareCard: 'Questa immagine di anteprima non esiste.',
    ...insightsServerMessages.it,
  },
  en: {
    errSignIn: 'Sign in to use the translation tools.',
    errStaffOnly: 'Only editors, translators and admins can use the translation tools.',
    errUnknownCollection: 'Unknown collection “{{value}}”. Use one of: {{list}}.',
    errGiveCollection: 'Give the collection (for example “faqs”).',
    errGiveId: 'Give the numeric ID of the entry (for example 1).',
    errNoEntry: 'No {{collection}} with ID {{id}}.',
    errUnknownField: 'Unknown field “{{field}}”. Use one of: {{list}}.',
    errGiveFingerprint: 'Give the sourceFingerprint of the Italian you checked (from translation-source).',
    errNoEnglishYet: '“{{field}}” has no English yet: translate it instead.',
    errItalianChanged: 'The Italian has changed since you read it: reload and check the English again.',
    errGiveIdsCollection: 'Give the collection the IDs belong to, for example ?collection=faqs&ids=1,2.',
    errInvalidIds: 'Invalid IDs “{{value}}”: give entry IDs separated by commas, for example ids=1,2.',
    errUnknownScope: 'Unknown scope “{{value}}”. Use one of: {{list}}.',
    errNothingToTranslate: 'Nothing to translate: every selected entry has a complete English text.',
    errFileTooLarge: 'The file is larger than {{mb}} MB: split the export.',
    errNotUtf8: 'The file is not UTF-8 text.',
    errNoFile: 'Send the XLIFF file as the request body.',
    errXliffFile: 'The file cannot be imported: {{detail}}',
    errTranslatorShared_one:
      'Translators can change only the English text. {{fields}} is shared by both languages: ask an editor.',
    errTranslatorShared_other:
      'Translators can change only the English text. {{fields}} are shared by both languages: ask an editor.',
    errTranslatorUnpublish: 'Translators cannot unpublish an entry: ask an editor.',
    errWebsite: 'Enter a full web address starting with https:// (for example https://example.org).',
    errAccentFormat: 'Write the colour as six hexadecimal digits, for example #8a2d3b.',
    errWholeNumber: 'Enter a whole number, without decimals.',
    errVatNumber: 'Not a valid VAT number: its digits, optionally after the country code (for example IT12345678901).',
    errAccentContrast:
      'Contrast {{ratio}}:1 with the background or the white text of buttons: at least {{min}}:1 is needed. Choose a darker colour.',
    errPrivacySignIn: 'Sign in as an admin to handle privacy requests.',
    errPrivacyAdminsOnly: 'Only admins can handle privacy requests.',
    errGiveEmail: 'Give the e-mail address of the data subject making the request.',
    errConfirmErase: 'Confirm the erasure with "confirm": true.',
    errRedirectEmpty: 'Write a path of this site starting with /, for example /faq.html.',
    errRedirectTooLong: 'The address is too long: 300 characters at most.',
    errRedirectNotAPath:
      'Write a path of this site starting with a single / (for example /faq.html), not an address of another site.',
    errRedirectOtherSite: 'Only addresses of this site: a redirect cannot lead to another site.',
    errRedirectBadCharacters: 'The address contains spaces, backslashes (\\) or control characters: remove them.',
    errRedirectQuery: 'The old address cannot have a part after “?”: write the path only.',
    errRedirectExistingPage: 'This address is a page of the site already: a redirect from it would never be used.',
    errRedirectToItself: 'The new address is the same as the old one: choose another.',
    importNotOurs: 'Not a unit ID exported by Scena (collection.id.field.fingerprint).',
    importUnknownCollection: 'Unknown collection “{{value}}”.',
    importNotTranslatable: '“{{field}}” is not a translatable field of {{collection}}.',
    importNoEntry: 'No {{collection}} with ID {{id}}.',
    importItalianChanged:
      'The Italian text has changed since this file was exported: export it again and translate the new text.',
    importIncomplete: 'Some segments of this unit have no target.',
    importNoTarget: 'No target.',
    importUnreadable: 'The target cannot be read: {{detail}}.',
    importNul: 'The target contains a NUL character.',
    importEmpty: 'Empty target.',
    importUnchanged: 'Same as the current English.',
    importDuplicate: 'This unit ID occurs more than once in the file.',
    // XLIFF files that cannot be read (the reason inside errXliffFile; its code is the refusal's)
    xliffDoctype: 'it contains DOCTYPE or ENTITY declarations, which are not allowed.',
    xliffMalformed: 'the XML is malformed (line {{line}}, column {{column}}): {{reason}}.',
    xliffNoRoot: 'the file contains no XML element.',
    xmlTruncated: 'the file ends before every element is closed',
    xmlMismatchedTag: 'a closing tag does not match the open element',
    xmlUnknownEntity:
      'there is an unknown entity (only &amp; &lt; &gt; &quot; &apos; and numeric character references are allowed)',
    xmlOutsideRoot: 'there is text outside the root element',
    xmlBareAmpersand: 'there is an “&” that does not start an entity (in text, write &amp;)',
    xmlBareLessThan: 'there is a “<” that does not open a tag (in text, write &lt;)',
    xmlMalformedComment: 'a comment contains “--”, which XML does not allow',
    xmlBadTag: 'a tag is badly written (its name or what follows it)',
    xmlBadAttribute: 'an attribute is badly written (the form is name="value", with a space before the next one)',
    xmlSyntax: 'the XML syntax is wrong',
    xmlMultipleRoots: 'there is more than one root element',
    xmlTooDeep: 'elements are nested more than {{max}} levels deep',
    xliffNotXliff: 'it is not an XLIFF file (the root element is <{{name}}>).',
    xliffNoVersion: 'the file does not give its XLIFF version: use the XLIFF 2.0 file exported by Scena.',
    xliffVersion: 'XLIFF version {{version}} is not supported: use the XLIFF 2.0 file exported by Scena.',
    xliffSourceLanguage: 'the source language is “{{value}}”, but Scena translates from “{{expected}}”.',
    xliffTargetLanguage: 'the target language is “{{value}}”, but Scena imports only “{{expected}}”.',
    xliffNoUnits: 'the file contains no units.',
    xliffTooManyUnits_one:
      'the file contains {{count}} unit, but at most {{max}} can be imported at once: split the export (for example by collection).',
    xliffTooManyUnits_other:
      'the file contains {{count}} units, but at most {{max}} can be imported at once: split the export (for example by collection).',
    // Targets that cannot become the field's text (the reason inside importUnreadable)
    xliffNoId: '(no ID)',
    xliffNone: '(none)',
    xliffBadCp: 'a <cp> element has no valid hex code',
    xliffCodeInPlainText: '<{{name}}> elements are not allowed in a plain-text field',
    xliffItemOutsideList: 'list item {{id}} is outside a list',
    xliffListContent: 'list {{id}} may hold only list items (x-scena:li)',
    xliffNotInSource: 'element {{id}} is not in the Italian source',
    xliffUnknownFormat: 'unknown format {{format}} on {{id}}',
    xliffLinkNotInSource: 'link {{id}} is not in the Italian source, so its address is unknown',
    xliffNestedBlock: 'block {{id}} ({{subType}}) is inside text: blocks cannot be nested',
    xliffSplitCodes: 'split codes (<{{name}}>) are not supported: keep the <pc> elements of the Italian source',
    xliffUnsupported: 'unsupported element <{{name}}> {{id}}',
    // Import report: a write that failed, and the rollback
    importNotSaved: 'Could not be saved: {{reason}}',
    importRolledBack_one: 'Not applied: the import was rolled back because unit {{units}} could not be saved.',
    importRolledBack_other: 'Not applied: the import was rolled back because units {{units}} could not be saved.',
    importServerFailed: 'a server error; nothing from this file was saved.',
    // Export of entries that do not exist
    errNoEntries_one: 'No {{collection}} with ID {{ids}}.',
    errNoEntries_other: 'No {{collection}} with IDs {{ids}}.',
    // Sizes (drafts included) and required fields
    errTooLong_one: 'At most {{count}} character (this text has {{length}}).',
    errTooLong_other: 'At most {{count}} characters (this text has {{length}}).',
    errRichTextTooLong: 'The text is too long: at most {{kb}} kB.',
    errRequiredToPublishIt: 'Required to publish in Italian.',
    errRequiredToPublishEn: 'Required to publish in English.',
    loginRateLimited_one: 'Too many failed sign-in attempts from this network. Try again in {{count}} minute.',
    loginRateLimited_other: 'Too many failed sign-in attempts from this network. Try again in {{count}} minutes.',
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
    // Media in a bucket (S3_BUCKET)
    errMediaStorageUnavailable:
      'The image storage (S3) is not answering: the image was not saved. Try again in a few seconds.',
    // Requests only an API client makes: said all the same, in the client's language.
    apiInvalidId: 'Invalid id “{{value}}”: {{collection}} ids are whole numbers from 1 to {{max}}.',
    apiInvalidPage: 'Invalid page “{{value}}”: use a whole number from 1 to {{max}}.',
    apiInvalidLimit: 'Invalid limit “{{value}}”: use a whole number (0 or more).',
    apiInvalidDepth: 'Invalid depth “{{value}}”: use a whole number from 0 to {{max}}.',
    apiUnknownSort: 'Cannot sort {{collection}} by “{{value}}”: no such field.',
    apiTooManyConditions: 'The query has too many conditions (at most {{max}}).',
    apiUnsupportedOperator: '“{{path}}” cannot be queried with “{{operator}}”.',
    apiUnknownLocale: 'Unknown {{param}} “{{value}}”: use one of {{list}} or all.',
    apiBodyTooLarge: 'The request body is larger than the {{kb}} kB allowed here.',
    apiMalformedAddress: 'The address is not valid: it contains a malformed percent-escape.',
    apiMalformedJson: 'The request contains malformed JSON.',
    apiValueDoesNotFit: 'A value in the request does not fit the field it is compared with.',
    apiDatabaseUnavailable: 'The database is not reachable right now. Please try again in a few seconds.',
    apiNotAllowed: 'Not allowed.',
    apiInvalidChanges:
      'Send { "changes": [{ "paths": [...], "removed"?: true }] }: at most {{max}} paths starting with “/”.',
    siteFormForeign: 'Request refused: the form was sent from another site.',
    siteFormTooLarge: 'Request refused: the form sent is too large.',
    siteUnknownShareCard: 'There is no such share image.',
    ...insightsServerMessages.en,
  },
}

type Key = keyof (typeof serverMessages)['en']
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never
/** A message key, or the base of a plural pair (`x` for `x_one` / `x_other`). */
export type ServerMessage = Exclude<Key, `${string}_one` | `${string}_other`> | PluralBase<Key>
