import path from 'node:path'

import { hubEnv } from '../core/env'

/** Where uploaded files of a collection are kept on local disk (under DATA_DIR/uploads). */
export function uploadDir(collection: 'documents' | 'media'): string {
  return path.join(hubEnv().DATA_DIR, 'uploads', collection)
}
