/** The parts of the `oai-pmh` harvester (a CommonJS package without types) that the tests use. */
declare module 'oai-pmh' {
  type Parsed = Record<string, any>
  export class OaiPmh {
    constructor(baseUrl: string, options?: { retry?: boolean; userAgent?: string })
    identify(): Promise<Parsed>
    getRecord(identifier: string, metadataPrefix: string): Promise<Parsed>
    listMetadataFormats(options?: { identifier?: string }): Promise<Parsed | Parsed[]>
    listIdentifiers(options: Record<string, string>): AsyncGenerator<Parsed>
    listRecords(options: Record<string, string>): AsyncGenerator<Parsed>
    listSets(): AsyncGenerator<Parsed>
  }
  export class OaiPmhError extends Error {
    code?: string
  }
}
