import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  litestreamBinary,
  redact,
  replicaUrl,
  runLitestream,
  syncInterval,
} from './replication.mjs';

describe('replication settings', () => {
  it('takes URLs of the schemes Litestream knows, and folders as file URLs', () => {
    expect(replicaUrl('s3://bucket/blog')).toBe('s3://bucket/blog');
    expect(replicaUrl(' sftp://me:pw@backup.example/blog ')).toBe(
      'sftp://me:pw@backup.example/blog',
    );
    expect(replicaUrl('/var/backups/blog')).toBe('file:///var/backups/blog');
    expect(replicaUrl('replica')).toBe(`file://${path.resolve('replica')}`);
  });

  it.each(['http://example.org/x', 'ftp://host/x', 'webdav://host/x', '', '  ', 'a\nb'])(
    'refuses %j',
    (bad) => {
      expect(() => replicaUrl(bad)).toThrow(/LITESTREAM_REPLICA_URL must be/);
    },
  );

  it('never prints the password of a refused URL', () => {
    expect(() => replicaUrl('http://u:hunter2@host/x')).toThrow(/u:\*\*\*@host/);
    expect(() => replicaUrl('http://u:hunter2@host/x')).not.toThrow(/hunter2/);
  });

  it('reads the sync interval, 1 s by default', () => {
    expect(syncInterval(undefined)).toBe('1s');
    expect(syncInterval('500ms')).toBe('500ms');
    expect(() => syncInterval('1 second')).toThrow(/LITESTREAM_SYNC_INTERVAL/);
  });

  it('keeps passwords out of the log', () => {
    expect(redact('sftp://me:secret@host/p')).toBe('sftp://me:***@host/p');
    expect(redact('s3://bucket/p')).toBe('s3://bucket/p');
  });

  it('finds the binary npm installed, at the version the README names', () => {
    expect(existsSync(litestreamBinary())).toBe(true);
    expect(runLitestream(['version']).trim()).toBe('v0.3.13');
  });
});
