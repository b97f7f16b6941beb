/**
 * `npm run user:create -- --email ada@example.org --role admin [--name "Ada L."] [--reset-password]`
 *
 * Creates an account (the first admin is made this way; admins add editors in the UI).
 * The password is read from ATLAS_USER_PASSWORD or typed at a hidden prompt, never
 * from the command line (it would land in shell history and `ps`).
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { createPrismaClient } from '../lib/db-client';
import { hashPassword } from '../lib/auth/password';
import { passwordSchema, userCreateSchema } from '../lib/users/schema';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function prompt(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, callback) {
      if (!muted) process.stdout.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const answer = new Promise<string>((resolve) => rl.question(question, resolve));
  muted = true;
  const value = await answer;
  rl.close();
  process.stdout.write('\n');
  return value;
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ATLAS_USER_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) fail('Set ATLAS_USER_PASSWORD or run in a terminal to type the password.');
  const first = await prompt('Password (at least 12 characters): ');
  const second = await prompt('Repeat the password: ');
  if (first !== second) fail('The two passwords differ; nothing was changed.');
  return first;
}

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string', default: 'editor' },
    name: { type: 'string' },
    'reset-password': { type: 'boolean', default: false },
    password: { type: 'string' },
  },
  strict: true,
});
if (values.password !== undefined) fail('Never pass a password as an argument; use ATLAS_USER_PASSWORD or the prompt.');
if (!values.email) fail('Usage: npm run user:create -- --email <email> --role admin|editor [--name <name>] [--reset-password]');

const db = createPrismaClient();
try {
  const password = await readPassword();
  if (values['reset-password']) {
    const checked = passwordSchema.safeParse(password);
    if (!checked.success) fail(`Password: ${checked.error.issues[0]?.message}`);
    const email = values.email.trim().toLowerCase();
    const user = await db.user.findUnique({ where: { email } });
    if (!user) fail(`No account for ${email}.`);
    // A new password signs the account out everywhere and clears its sign-in throttles.
    const passwordHash = await hashPassword(password);
    await db.user.update({ where: { id: user.id }, data: { passwordHash } });
    await db.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await db.signInAttempt.deleteMany({ where: { email, succeeded: false } });
    await db.signInThrottle.deleteMany({ where: { OR: [{ key: `acct:${email}` }, { key: { startsWith: `acct-client:${email}|` } }] } });
    console.log(`Password of ${email} changed.`);
  } else {
    const parsed = userCreateSchema.safeParse({
      email: values.email,
      name: values.name ?? values.email.split('@')[0],
      role: values.role,
      password,
    });
    if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    const input = parsed.data;
    if (await db.user.findUnique({ where: { email: input.email } })) {
      fail(`${input.email} already has an account (use --reset-password to set a new password).`);
    }
    await db.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) },
    });
    console.log(`Created ${input.role} ${input.email}.`);
  }
} finally {
  await db.$disconnect();
}
