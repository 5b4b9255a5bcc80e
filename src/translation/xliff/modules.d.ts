/** The parts of `xliff` (writer) and `sax` (reader) used here; neither package ships types. */

declare module 'xliff/js2xliff' {
  /** An inline element as the xliff library writes it: <pc> (GenericSpan) or <ph> (Standalone). */
  export type XliffInline =
    | string
    | { GenericSpan: { id: string; type: string; subType?: string; contents: XliffInline[] } }
    | { Standalone: { id: string; type: string; subType?: string; disp?: string } }

  export interface XliffUnit {
    source: string | XliffInline[]
    target?: string | XliffInline[]
    /** One <note> each. */
    note?: string[]
    additionalAttributes?: Record<string, string>
  }

  export interface XliffJs {
    sourceLanguage: string
    targetLanguage: string
    /** file id → unit id → unit */
    resources: Record<string, Record<string, XliffUnit>>
  }

  /** `indent: ''` writes no indentation: indentation inside mixed content would change the text. */
  export default function js2xliff(js: XliffJs, options: { indent: string }): Promise<string>
}

declare module 'sax' {
  export interface Tag {
    name: string
    attributes: Record<string, string>
  }
  export interface SAXParser {
    line: number
    column: number
    onerror: (error: Error) => void
    ontext: (text: string) => void
    oncdata: (text: string) => void
    onopentag: (tag: Tag) => void
    onclosetag: (name: string) => void
    ondoctype: (doctype: string) => void
    write(chunk: string): SAXParser
    close(): SAXParser
  }
  export function parser(strict: boolean, options?: { strictEntities?: boolean; position?: boolean }): SAXParser
  const sax: { parser: typeof parser }
  export default sax
}
