export function replicaUrl(setting: string): string;
export function syncInterval(setting: string | undefined): string;
export function litestreamBinary(): string;
export function runLitestream(args: string[]): string;
export function startReplication(options: {
  databasePath: string;
  url: string;
  interval: string;
}): {
  stop: () => Promise<void>;
};
export function redact(url: string): string;
