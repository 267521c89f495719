import type { IncomingMessage, ServerResponse } from 'node:http';
export declare function serveCached(req: IncomingMessage, res: ServerResponse): boolean;
