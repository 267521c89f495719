import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { z } from 'zod';
import { boundPostSchema } from '@/lib/validations/bound';
import { BAD_BOUND_ARGS, defineAction, fieldErrorsOf, toInput, type ActionResult } from './action';

// The session lookup needs a request; these checks are about what runs before the handler.
const staff = { id: 7, name: 'Mod', email: 'mod@example.test', role: 'moderator' as const };
vi.mock('@/server/dal', () => ({ requireRole: vi.fn(async () => staff) }));

const schema = z.object({ text: z.string().min(1, 'textRequired') });
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

function boundAction() {
  const handler = vi.fn();
  const action = defineAction(
    { public: true },
    schema,
    async (input, { bound }) => {
      handler(input, bound);
      return { ok: true, data: { ...bound, text: input.text } };
    },
    { bound: boundPostSchema },
  );
  return { handler, action };
}

describe('an action with bound arguments', () => {
  it('hands the handler the parsed arguments and the parsed form', async () => {
    const { handler, action } = boundAction();
    const result = await action('a-post', 'ja', null, form({ text: 'hello' }));
    expect(result).toEqual({ ok: true, data: { slug: 'a-post', locale: 'ja', text: 'hello' } });
    expect(handler).toHaveBeenCalledOnce();
  });

  it.each([
    ['an unknown locale', ['a-post', 'fr']],
    ['an empty slug', ['', 'en']],
    ['a slug that is not text', [['a-post'], 'en']],
    ['arguments in the wrong order', ['en', 'a-post']],
    ['a missing argument', ['a-post']],
    ['no arguments (the form alone)', []],
  ])('refuses %s without running the handler, keeping what was typed', async (_, args) => {
    const { handler, action } = boundAction();
    const call = action as (...a: unknown[]) => Promise<ActionResult<unknown>>;
    const result = await call(...args, null, form({ text: 'kept', password: 'secret' }));
    expect(result).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: BAD_BOUND_ARGS,
      values: { text: 'kept' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses the form by its schema after the arguments pass', async () => {
    const { handler, action } = boundAction();
    const result = await action('a-post', 'en', null, form({ text: '' }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { text: ['textRequired'] } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('is typed by its schemas: the arguments a page binds, then (previous, form)', () => {
    const { action } = boundAction();
    expectTypeOf(action.bind(null, 'a-post', 'en')).parameters.toEqualTypeOf<
      [
        ActionResult<{ slug: string; locale: 'en' | 'ja'; text: string }> | null,
        FormData | { text: string },
      ]
    >();
  });

  it('gives a role-gated handler its user beside the arguments', async () => {
    const handler = vi.fn(async (_: unknown, context: { user: unknown; bound: unknown }) => ({
      ok: true as const,
      data: context,
    }));
    const action = defineAction({ roles: ['moderator'] }, schema, handler, {
      bound: boundPostSchema,
    });
    const result = await action('a-post', 'en', null, { text: 'x' });
    expect(result).toEqual({
      ok: true,
      data: { user: staff, bound: { slug: 'a-post', locale: 'en' } },
    });
  });
});

describe('an action without bound arguments', () => {
  it('still reads (previous, form) and gives the handler no bound value', async () => {
    const action = defineAction({ public: true }, schema, async (input, context) => ({
      ok: true,
      data: { input, context },
    }));
    expect(await action(null, form({ text: 'hi' }))).toEqual({
      ok: true,
      data: { input: { text: 'hi' }, context: { user: null, bound: undefined } },
    });
  });
});

describe('toInput', () => {
  it('reads fields named like Object.prototype members as plain own strings', () => {
    const form = new FormData();
    for (const key of ['__proto__', 'toString', 'constructor', 'hasOwnProperty'])
      form.append(key, 'x');
    form.append('body', 'b');
    const input = toInput(form) as Record<string, unknown>;
    expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
    expect(Object.entries(input)).toEqual([
      ['__proto__', 'x'],
      ['toString', 'x'],
      ['constructor', 'x'],
      ['hasOwnProperty', 'x'],
      ['body', 'b'],
    ]);
  });

  it('still gathers a repeated field into an array', () => {
    const form = new FormData();
    form.append('tag', 'a');
    form.append('tag', 'b');
    form.append('tag', 'c');
    expect(toInput(form)).toEqual({ tag: ['a', 'b', 'c'] });
  });
});

describe('fieldErrorsOf', () => {
  it('lists a field’s message once when several checks fail with it', () => {
    const id = z.number('idInvalid').int('idInvalid').max(Number.MAX_SAFE_INTEGER, 'idInvalid');
    const parsed = z.object({ parentId: id }).safeParse({ parentId: 1e308 });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!)).toEqual({ parentId: ['idInvalid'] });
  });
});
