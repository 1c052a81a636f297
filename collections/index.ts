import { AlertSubscriptions } from './AlertSubscriptions'
import { Documents } from './Documents'
import { DocumentTexts } from './DocumentTexts'
import { Lessons } from './Lessons'
import { Media } from './Media'
import { Pilots } from './Pilots'
import { Practices } from './Practices'
import { Publications } from './Publications'
import { ReviewEvents } from './ReviewEvents'
import { SearchMisses } from './SearchMisses'
import { Users } from './Users'

export const collections = [
  Pilots,
  Practices,
  Lessons,
  Documents,
  DocumentTexts,
  ReviewEvents,
  Publications,
  AlertSubscriptions,
  SearchMisses,
  Media,
  Users,
]
