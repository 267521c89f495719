/* eslint-disable @typescript-eslint/no-explicit-any -- the values are Next's own cache entries */
type CacheControl = { revalidate?: number | false; expire?: number };
export type Entry = {
  value: any;
  lastModified: number;
  size: number;
  path: string | null;
  cacheControl?: CacheControl;
  body: { raw: Buffer; gzip: Buffer; etag: string } | null;
};
export declare function withPolicy<T>(value: T): T;
export declare function createStore(
  maxBytes: number,
  hooks?: { dataVersion?: () => number | undefined; now?: () => number },
): {
  lookup(key: string): Entry | null;
  lookupPath(path: string): Entry | null;
  save(key: string, data: any, cacheControl?: CacheControl): void;
  clear(): void;
  expireAt(at: number): void;
  inspect(): { bytes: number; entries: [string, Entry][] };
};
