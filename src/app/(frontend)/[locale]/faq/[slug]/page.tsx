import { entryPage } from '@/site/entryPage'

/** An FAQ's page: src/site/entryPage.tsx, from the page table and the registry. */
const page = entryPage('faqs')
export const { generateStaticParams, generateMetadata } = page
export default page.Page
