/** A content type's section, generated from the page table: src/site/sectionPage.tsx. */
export { generateMetadata, generateStaticParams, SectionPage as default } from '@/site/sectionPage'
