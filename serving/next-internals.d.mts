/* eslint-disable @typescript-eslint/no-explicit-any -- the shapes are Next's own cache values */
export declare const TAGS_HEADER: 'x-next-cache-tags';
export declare const NEXT_VARY: string;
export declare const NEXT_VARIANT_HEADERS: string[];
export declare const RENDER_CHANGING_HEADERS: string[];
export declare const tagsManifest: Map<string, { stale?: number; expired?: number }>;
export declare function areTagsExpired(tags: string[], timestamp: number): boolean;
export declare function etagOf(html: string): string;
export declare function pagePathOfKey(key: string): string | null;
export declare function isPageValue(value: unknown): boolean;
export declare function checkPageEntry(seen: {
  path: string;
  key: string | undefined;
  value: any;
  response: Record<string, string | undefined>;
}): string[];
