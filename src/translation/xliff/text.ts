/** Characters XML 1.0 cannot carry (C0 controls but tab and newlines, U+FFFE/U+FFFF, lone surrogates). */
const notXml =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Text as the xliff writer must receive it. Its XML layer (xml-js) first turns every "&amp;" in
 * a text back into "&" before escaping, so a literal "&amp;" would come back as "&": doubling it
 * here undoes that exactly. Characters XML cannot carry are dropped.
 */
export const forWriter = (text: string): string => xmlSafe(text).replace(/&amp;/g, '&amp;amp;')

/** Text without the characters XML cannot carry. */
export const xmlSafe = (text: string): string => text.replace(notXml, '')
