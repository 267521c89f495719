export declare const NOTHING_POLICY: string;
export declare function noncePolicy(nonce: string, dev?: boolean): string;
export declare function inlineHashes(html: string): { scripts: string[]; styles: string[] };
export declare function hashPolicy(html: string): string;
