import type { ServerResponse } from 'node:http';
export declare function guardPolicy<T extends ServerResponse>(res: T): T;
