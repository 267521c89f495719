// The operator's user commands, apart from terminal I/O so they can be tested.
import { parseArgs } from 'node:util';
import { writeTx } from '@/db';
import {
  countActiveOwners,
  createUser,
  getUserByEmail,
  listUsers,
  updateUser,
} from '@/db/queries/users';
import { ROLES, type Role } from '@/db/schema';
import { hashPassword, passwordProblem } from '@/server/auth/password';
import { newUserSchema } from '@/lib/validations/user';

export const USAGE = `Usage: npm run user -- <command>
  add --email E --name N --role owner|moderator [--password-stdin]
  set-password --email E [--password-stdin]
  set-role --email E --role owner|moderator
  disable --email E
  enable --email E
  list
The password is asked for at a hidden prompt, or read from standard input with --password-stdin.`;

export type Io = {
  password: () => Promise<string>;
  out: (line: string) => void;
  err: (line: string) => void;
};
export class CliError extends Error {}

const OPTIONS = {
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  'password-stdin': { type: 'boolean' },
} as const;

function need(user: ReturnType<typeof getUserByEmail>, email: string | undefined) {
  if (!email) throw new CliError('--email is required.');
  if (!user) throw new CliError(`No user with the email ${email}.`);
  return user;
}

async function password(io: Io): Promise<string> {
  const value = await io.password();
  const problem = passwordProblem(value);
  if (problem) throw new CliError(problem);
  return value;
}

/** Role changes and disabling keep at least one active owner; the check and write share a transaction. */
function changeAccess(email: string | undefined, change: { disabled?: boolean; role?: Role }) {
  writeTx(() => {
    const user = need(getUserByEmail({ email: email ?? '' }), email);
    const losesOwner =
      user.role === 'owner' &&
      !user.disabled &&
      (change.disabled === true || (change.role !== undefined && change.role !== 'owner'));
    if (losesOwner && countActiveOwners() <= 1)
      throw new CliError('Refused: this is the last active owner.');
    updateUser(user.id, change);
  });
}

const PROBLEMS: Record<string, string> = {
  required: 'is required',
  tooLong: 'is too long',
  invalidEmail: 'is not a valid email address',
};

async function add(values: Record<string, unknown>, io: Io) {
  // Everything but the password is checked before anyone is asked to type one.
  const parsed = newUserSchema.omit({ password: true }).safeParse(values);
  if (!parsed.success)
    throw new CliError(
      parsed.error.issues
        .map((i) => `--${i.path.join('.')} ${PROBLEMS[i.message] ?? i.message}`)
        .join('\n'),
    );
  if (getUserByEmail({ email: parsed.data.email }))
    throw new CliError(`A user with the email ${parsed.data.email} already exists.`);
  const created = createUser({
    ...parsed.data,
    passwordHash: await hashPassword(await password(io)),
  });
  io.out(`Added ${created.role} ${created.email} (id ${created.id}).`);
}

function role(value: string | undefined): Role {
  const found = ROLES.find((r) => r === value);
  if (!found) throw new CliError(`--role must be one of: ${ROLES.join(', ')}.`);
  return found;
}

/** Runs one command; returns the process exit code. */
export async function runUserCli(argv: string[], io: Io): Promise<number> {
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    const [command] = positionals;
    if (command === 'add') await add({ ...values, role: role(values.role) }, io);
    else if (command === 'set-password') {
      const user = need(getUserByEmail({ email: values.email ?? '' }), values.email);
      updateUser(user.id, { passwordHash: await hashPassword(await password(io)) });
      io.out(`Password changed for ${user.email}; their sessions have ended.`);
    } else if (command === 'set-role') {
      changeAccess(values.email, { role: role(values.role) });
      io.out(`Role of ${values.email} set to ${values.role}.`);
    } else if (command === 'disable' || command === 'enable') {
      changeAccess(values.email, { disabled: command === 'disable' });
      io.out(`${values.email} ${command}d.`);
    } else if (command === 'list') {
      for (const u of listUsers())
        io.out([u.id, u.email, u.name, u.role, u.disabled ? 'disabled' : 'active'].join('\t'));
    } else throw new CliError(USAGE);
    return 0;
  } catch (error) {
    const usage =
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS');
    if (!(error instanceof CliError) && !usage) throw error;
    io.err(error.message);
    return 1;
  }
}
