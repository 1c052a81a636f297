import { createEmbeddedSearchIndex } from '../../../src/search/embedded'
import { describeSearchContract } from './contract'

describeSearchContract('embedded', async ({ glossary }) => createEmbeddedSearchIndex({ glossary }))
