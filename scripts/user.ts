// `npm run user -- …`: add users, change passwords and roles, disable accounts, list them.
import { USAGE, runUserCli } from './user-cli';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  // Only the line ending `echo` or a file adds is dropped; every other character is the password.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Reads a line with echo off, so the password never shows on screen or in the scrollback. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    let value = '';
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const onData = (text: string) => {
      for (const ch of text) {
        if (ch === '\r' || ch === '\n') return finish(() => resolve(value));
        if (ch === '\u0003') return finish(() => reject(new Error('Cancelled.')));
        value = ch === '\u007f' || ch === '\b' ? [...value].slice(0, -1).join('') : value + ch;
      }
    };
    const finish = (done: () => void) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      done();
    };
    stdin.on('data', onData);
  });
}

async function askPassword(): Promise<string> {
  if (process.argv.includes('--password-stdin')) return readStdin();
  if (!process.stdin.isTTY)
    throw new Error('No terminal to ask for the password: pipe it in with --password-stdin.');
  const first = await promptHidden('Password: ');
  if ((await promptHidden('Repeat the password: ')) !== first)
    throw new Error('The passwords do not match.');
  return first;
}

const args = process.argv.slice(2);
if (args.length === 0 || args.includes('--help')) {
  console.log(USAGE);
} else {
  runUserCli(args, {
    password: askPassword,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  })
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
