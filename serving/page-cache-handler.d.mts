/* eslint-disable @typescript-eslint/no-explicit-any -- the shapes are Next's own cache values */
export default class PageCacheHandler {
  get(key: string, ctx?: unknown): Promise<{ value: any; lastModified: number } | null>;
  set(key: string, data: any, ctx?: unknown): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
