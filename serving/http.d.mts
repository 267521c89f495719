export declare function noneMatchHits(header: string | undefined, etag: string): boolean;
export declare function acceptsGzip(header: string | undefined): boolean;
