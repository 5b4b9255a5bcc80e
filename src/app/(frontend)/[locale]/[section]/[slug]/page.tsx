/** An entry's own page, for every content type with entry pages: src/site/entryPage.tsx. */
export { EntryPage as default, generateMetadata, generateStaticParams } from '@/site/entryPage'
