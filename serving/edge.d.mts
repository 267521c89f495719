import type { IncomingMessage, ServerResponse } from 'node:http';
export declare const ALL: 'all';
export declare function edgeKeys(pathname: string): string[];
export declare function keyHeaders(
  keys: string[],
): Record<'xkey' | 'surrogate-key' | 'cache-tag', string>;
export declare function edgeMaxAge(env?: Record<string, string | undefined>): number | null;
export declare function edgeCacheControl(value: string, maxAge: number | null): string;
export declare function tagForEdge<T extends ServerResponse>(
  req: IncomingMessage,
  res: T,
  maxAge?: number | null,
): T;
