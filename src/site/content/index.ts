/** The public site's read model: what each page reads, per content type, as an anonymous reader. */
export * from './read'
export * from './pilots'
export * from './practices'
export * from './lessons'
export * from './documents'
export * from './discovery'
export * from './publication'
