// Hostile requests that are not just odd field values: wrong JSON types, injected fields, broken or huge
// bodies, wrong content types, methods, slugs and headers (API), and tampered forms (server action).
import { VALID } from './corpus';
import type { CommentForm, Submission } from './action-form';

export type RawRequest = {
  label: string;
  method?: string;
  slug?: string;
  headers?: Record<string, string | null>;
  body?: string | Uint8Array<ArrayBuffer>;
};
export type Targets = {
  draftSlug: string;
  scheduledSlug: string;
  otherPostCommentId: number;
  pendingCommentId: number;
  otherPostId: number;
};

const json = (label: string, value: unknown): RawRequest => ({
  label,
  body: JSON.stringify(value),
});
const deep = (depth: number, open: string, close: string, inner: string) =>
  open.repeat(depth) + inner + close.repeat(depth);
const WRONG_VALUES: unknown[] = [123, null, true, [], {}, ['a', 'b'], { toString: 'x' }];

function typeInputs(t: Targets): RawRequest[] {
  const fields = (['name', 'email', 'body'] as const).flatMap((field) =>
    WRONG_VALUES.map((v) => json(`${field} = ${JSON.stringify(v)}`, { ...VALID, [field]: v })),
  );
  const parents = [
    -1,
    0,
    1.5,
    '1',
    1e308,
    'abc',
    true,
    [1],
    {},
    t.otherPostCommentId,
    t.pendingCommentId,
    999_999_999,
  ].map((v) => json(`parentId = ${JSON.stringify(v)}`, { ...VALID, parentId: v }));
  const keys = [
    '',
    'k'.repeat(10_000),
    123,
    {},
    '\u0000',
    '../../etc/passwd',
    '<script>alert(1)</script>',
  ].map((v) =>
    json(`idempotencyKey = ${JSON.stringify(v).slice(0, 30)}`, { ...VALID, idempotencyKey: v }),
  );
  return [
    ...fields,
    ...parents,
    ...keys,
    {
      label: 'parentId 2^53+1',
      body: `{"name":"a","email":"a@example.test","body":"b","parentId":9007199254740993}`,
    },
  ];
}

function injectionInputs(t: Targets): RawRequest[] {
  const extras: Record<string, unknown> = {
    status: 'approved',
    userId: 1,
    user_id: 1,
    postId: t.otherPostId,
    post_id: t.otherPostId,
    id: 1,
    createdAt: 0,
    moderatedBy: 1,
    moderatedAt: 0,
    ipHash: 'forged',
    language: 'xx',
    reason: 'forged',
    authorEmail: 'forged@example.test',
    role: 'owner',
  };
  return [
    ...Object.entries(extras).map(([key, value]) =>
      json(`extra field ${key}`, { ...VALID, [key]: value }),
    ),
    {
      label: '__proto__ with status',
      body: `{"name":"a","email":"a@example.test","body":"proto","__proto__":{"status":"approved","isAdmin":true}}`,
    },
    {
      label: 'constructor.prototype',
      body: `{"name":"a","email":"a@example.test","body":"ctor","constructor":{"prototype":{"status":"approved"}}}`,
    },
  ];
}

function bodyInputs(): RawRequest[] {
  const valid = JSON.stringify(VALID);
  const raw = (label: string, body: string | Uint8Array<ArrayBuffer>): RawRequest => ({
    label,
    body,
  });
  return [
    ...[
      '',
      'null',
      '[]',
      '"string"',
      '42',
      'true',
      '{',
      '{"name":',
      '{"name":"a",}',
      "{'name':'a'}",
      'NaN',
      '{"a":1}{"b":2}',
      '/* c */' + valid,
    ].map((b) => raw(`body ${JSON.stringify(b).slice(0, 30)}`, b)),
    raw('BOM then JSON', `\ufeff${valid}`),
    raw(
      'duplicate keys',
      `{"name":"a","name":"b","email":"a@example.test","body":"dup","body":"dup2"}`,
    ),
    raw('object nested 10,000 deep', deep(10_000, '{"a":', '}', '1')),
    raw('object nested 100,000 deep', deep(100_000, '{"a":', '}', '1')),
    raw('array nested 100,000 deep', deep(100_000, '[', ']', '1')),
    raw(
      'body nested 10,000 deep',
      JSON.stringify({ ...VALID, body: 'x' }).replace('"x"', deep(10_000, '[', ']', '"x"')),
    ),
    raw('valid JSON padded with 100 KB of spaces', `${' '.repeat(100 * 1024)}${valid}`),
    raw('1 MB JSON', JSON.stringify({ ...VALID, body: 'x'.repeat(1024 * 1024) })),
    raw('5 MB JSON', JSON.stringify({ ...VALID, body: 'x'.repeat(5 * 1024 * 1024) })),
    raw(
      '10,000 keys',
      JSON.stringify({
        ...VALID,
        ...Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i])),
      }),
    ),
    raw(
      'invalid UTF-8 bytes',
      new Uint8Array([
        ...Buffer.from('{"name":"a","email":"a@example.test","body":"'),
        0xff,
        0xfe,
        0xc0,
        0xaf,
        ...Buffer.from('"}'),
      ]),
    ),
    raw(
      'overlong UTF-8 "<"',
      new Uint8Array([
        ...Buffer.from('{"name":"a","email":"a@example.test","body":"'),
        0xc0,
        0xbc,
        ...Buffer.from('script>"}'),
      ]),
    ),
    raw(
      'escaped NUL and lone surrogate',
      '{"name":"a\\u0000b","email":"a@example.test","body":"\\ud800\\u0000"}',
    ),
  ];
}

function transportInputs(t: Targets): RawRequest[] {
  const valid = JSON.stringify(VALID);
  const type = (
    contentType: string | null,
    body: string | Uint8Array<ArrayBuffer> = valid,
  ): RawRequest => ({
    label: `content-type ${contentType}`,
    headers: { 'content-type': contentType },
    body,
  });
  const header = (label: string, headers: Record<string, string | null>): RawRequest => ({
    label,
    headers,
    body: valid,
  });
  const slug = (s: string): RawRequest => ({
    label: `slug ${s.slice(0, 30)}`,
    slug: s,
    body: valid,
  });
  return [
    type('text/plain'),
    type('application/x-www-form-urlencoded', 'name=a&email=a%40example.test&body=form'),
    type(
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="body"\r\n\r\nhi\r\n--x--',
    ),
    type('application/xml', '<comment><body>x</body></comment>'),
    type('text/html'),
    type(null),
    type('application/JSON'),
    type('application/json;;;'),
    type('application/vnd.api+json'),
    type('application/json, text/plain'),
    type(
      'application/json; charset=iso-8859-1',
      new Uint8Array(Buffer.from(valid.replace('calm', 'caf\u00e9'), 'latin1')),
    ),
    type('application/json; charset=utf-16', new Uint8Array(Buffer.from(valid, 'utf16le'))),
    type('multipart/form-data; boundary='),
    ...['PUT', 'PATCH', 'DELETE'].map((method) => ({
      label: `method ${method}`,
      method,
      body: valid,
    })),
    ...[
      t.draftSlug,
      t.scheduledSlug,
      'no-such-post',
      '..%2f..%2fadmin',
      '%2e%2e',
      's'.repeat(5000),
      '日本語の記事',
      '<script>alert(1)<%2fscript>',
      '%00',
      'RUSSIA-US-ANKARA-TALKS',
    ].map(slug),
    header('cross-origin Origin', { origin: 'https://evil.example' }),
    header('Origin null', { origin: 'null' }),
    header('no Origin', { origin: null }),
    header('X-Forwarded-For 10 KB', { 'x-forwarded-for': '1.2.3.4,'.repeat(1250) }),
    header('X-Forwarded-For markup', { 'x-forwarded-for': '<script>alert(1)</script>' }),
    header('X-Forwarded-For SQL', { 'x-forwarded-for': "' OR 1=1 --" }),
    header('User-Agent 10 KB', { 'user-agent': 'u'.repeat(10_000) }),
    header('User-Agent markup', { 'user-agent': '<script>alert(1)</script>' }),
    header('Content-Encoding gzip (not gzipped)', { 'content-encoding': 'gzip' }),
    header('Content-Encoding br (not compressed)', { 'content-encoding': 'br' }),
    header('Accept text/html', { accept: 'text/html' }),
  ];
}

/** Requests only the JSON API can receive. */
export function apiRequests(targets: Targets): RawRequest[] {
  return [
    ...typeInputs(targets),
    ...injectionInputs(targets),
    ...bodyInputs(),
    ...transportInputs(targets),
  ];
}

/** Tampered forms for the server action: repeated fields, files, forged action ids, wrong types, big bodies. */
export function formSubmissions(
  t: Targets,
  form: CommentForm,
): Array<{ label: string } & Submission> {
  const file = (size: number) => new Blob(['x'.repeat(size)], { type: 'text/plain' });
  const forged = form.hidden.map(([name, value]): [string, string] => [
    name.replace(/[0-9a-f]{20,}/, '0'.repeat(42)),
    value.replace(/[0-9a-f]{20,}/g, '0'.repeat(42)),
  ]);
  return [
    { label: 'name twice', values: VALID, extra: [[form.names.name, 'second name']] },
    { label: 'body twice', values: VALID, extra: [[form.names.body, 'second body']] },
    {
      label: 'body as a 100 KB file',
      values: { name: VALID.name, email: VALID.email },
      extra: [[form.names.body, file(100 * 1024)]],
    },
    {
      label: 'name as a file',
      values: { email: VALID.email, body: VALID.body },
      extra: [[form.names.name, file(10)]],
    },
    { label: 'no action reference', values: VALID, hidden: [] },
    { label: 'forged action id', values: VALID, hidden: forged },
    {
      label: 'Next-Action header with text/plain',
      values: {},
      headers: { 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
      rawBody: '["$K1"]',
    },
    {
      label: 'Next-Action header with JSON',
      values: {},
      headers: { 'next-action': 'x', 'content-type': 'application/json' },
      rawBody: JSON.stringify(VALID),
    },
    {
      label: 'body 2 MB (over the action body limit)',
      values: { ...VALID, body: 'x'.repeat(2 * 1024 * 1024) },
    },
    { label: 'cross-origin Origin', values: VALID, headers: { origin: 'https://evil.example' } },
    { label: 'no Origin', values: VALID, headers: { origin: null } },
    ...[
      'status=approved',
      'userId=1',
      `postId=${t.otherPostId}`,
      'moderatedBy=1',
      'language=xx',
    ].map((pair) => ({
      label: `extra field ${pair}`,
      values: VALID,
      extra: [pair.split('=') as [string, string]],
    })),
    ...[
      '-1',
      'abc',
      '1e308',
      String(t.otherPostCommentId),
      String(t.pendingCommentId),
      '999999999',
    ].map((v) => ({
      label: `parentId ${v}`,
      values: VALID,
      extra: [['parentId', v] as [string, string]],
    })),
  ];
}
