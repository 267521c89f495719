export declare const UNTIL_TAG_PREFIX: 'until:';
export declare function isPastUntil(tagsHeader: unknown, now: number): boolean;
