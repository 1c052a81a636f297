import { Documents } from './Documents'
import { Lessons } from './Lessons'
import { Media } from './Media'
import { Pilots } from './Pilots'
import { Practices } from './Practices'
import { Users } from './Users'

export const collections = [Pilots, Practices, Lessons, Documents, Media, Users]
