export const DEFAULT_DATABASE_PATH: string;
