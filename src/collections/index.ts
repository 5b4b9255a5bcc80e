import { contentTypes } from './contentTypes'
import { Enquiries } from './Enquiries'
import { EnquiryAccess } from './EnquiryAccess'
import { Glossary } from './Glossary'
import { Media } from './Media'
import { Redirects } from './Redirects'
import { Users } from './Users'

export const collections = [
  Users,
  Media,
  // The practice's content types, in the admin's navigation in their registry's order.
  ...Object.values(contentTypes),
  Redirects,
  Enquiries,
  EnquiryAccess,
  Glossary,
]
