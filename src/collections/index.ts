import { Associations } from './Associations'
import { Enquiries } from './Enquiries'
import { EnquiryAccess } from './EnquiryAccess'
import { Faqs } from './Faqs'
import { Glossary } from './Glossary'
import { KitItems } from './KitItems'
import { Media } from './Media'
import { Redirects } from './Redirects'
import { Services } from './Services'
import { Users } from './Users'

export const collections = [
  Users,
  Media,
  Faqs,
  Services,
  KitItems,
  Associations,
  Redirects,
  Enquiries,
  EnquiryAccess,
  Glossary,
]
