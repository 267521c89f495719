import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

/** Recipients containing this are refused with a permanent 550, to test failures and retries. */
export const REFUSED_MARK = 'smtp-refuses';

/**
 * A real SMTP server on loopback for tests: every accepted message is written to `dir` as
 * `<time>-<n>.eml` (whole, as received). No TLS or AUTH, as a local relay would be.
 */
export function startSmtpSink(
  dir: string,
  port = 0,
): Promise<{ port: number; close: () => Promise<void> }> {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    // No DNS on loopback: a reverse lookup per connection only slows the tests down.
    disableReverseLookup: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.includes(REFUSED_MARK)) {
        const error = Object.assign(new Error('Mailbox unavailable (test refusal)'), {
          responseCode: 550,
        });
        return callback(error);
      }
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const name = `${Date.now()}-${String(++count).padStart(4, '0')}.eml`;
        writeFileSync(path.join(dir, name), Buffer.concat(chunks));
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
