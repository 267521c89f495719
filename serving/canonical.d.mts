import type { IncomingMessage } from 'node:http';
export declare function inRequestContext<T>(req: IncomingMessage, handle: () => T): T;
export declare function mayFill(): boolean;
