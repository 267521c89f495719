export const MAX_WORKERS: number;
export function workerCount(setting: string | undefined, cores: number): number;
