import { entryPage } from '@/site/entryPage'

/** A service's page: src/site/entryPage.tsx, from the page table and the registry. */
const page = entryPage('services')
export const { generateStaticParams, generateMetadata } = page
export default page.Page
