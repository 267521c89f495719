/* eslint-disable @typescript-eslint/no-explicit-any -- the values are Next's own cache entries */
export declare const TAGS: 'x-next-cache-tags';
export declare function clear(): void;
export declare function lookup(key: string): { value: any; lastModified: number } | null;
export declare function lookupPath(path: string): { value: any; lastModified: number } | null;
export declare function save(
  key: string,
  data: any,
  cacheControl?: { revalidate?: number | false; expire?: number },
): void;
