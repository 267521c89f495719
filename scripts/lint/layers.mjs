import path from 'node:path';

// The import direction, enforced: pure modules and client components never import the database
// layer (type-only imports are fine: they vanish from the bundle). `'use client'` is a directive,
// which no file glob can see, so this small rule reads it.

const DB = /^@\/db(\/|$)|^(\.\.\/)+db(\/|$)/;

const isClientFile = (program) =>
  program.body.some(
    (node) => node.type === 'ExpressionStatement' && node.directive === 'use client',
  );

/** @type {import('eslint').Rule.RuleModule} */
const noDbInClient = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Client components and pure modules must not import @/db (type-only imports are allowed).',
    },
    schema: [
      { type: 'object', properties: { always: { type: 'boolean' } }, additionalProperties: false },
    ],
    messages: {
      db: "'{{source}}' is the database layer: {{where}} may import its types only (import type …).",
    },
  },
  create(context) {
    const always = context.options[0]?.always === true;
    let client = false;
    return {
      Program(node) {
        client = isClientFile(node);
      },
      ImportDeclaration(node) {
        if (!(always || client) || node.importKind === 'type' || !DB.test(node.source.value))
          return;
        if (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'))
          return;
        context.report({
          node,
          messageId: 'db',
          data: {
            source: node.source.value,
            where: client ? "a 'use client' file" : 'a pure module',
          },
        });
      },
    };
  },
};

/** The repository folder an import points at ('@/server/dal' → 'server/dal'), or null for a package. */
function targetOf(spec, filename, cwd) {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (!spec.startsWith('.')) return null;
  return path
    .relative(cwd, path.resolve(path.dirname(filename), spec))
    .split(path.sep)
    .join('/');
}

/**
 * The folder arrows (pure lib ← db ← server ← app; serving apart): a file may not import from the
 * folders its options list. Type-only imports are allowed, as above.
 * @type {import('eslint').Rule.RuleModule}
 */
const noImportFrom = {
  meta: {
    type: 'problem',
    docs: { description: 'A layer imports nothing from the layers above it.' },
    schema: [
      {
        type: 'object',
        properties: {
          folders: { type: 'array', items: { type: 'string' } },
          layer: { type: 'string' },
        },
        additionalProperties: false,
      },
    ],
    messages: { up: "'{{source}}' is in {{folder}}/: {{layer}} may not import from it." },
  },
  create(context) {
    const { folders = [], layer = 'this layer' } = context.options[0] ?? {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      const target = targetOf(source, context.filename, context.cwd);
      const folder = target && folders.find((f) => target === f || target.startsWith(`${f}/`));
      if (folder) context.report({ node, messageId: 'up', data: { source, folder, layer } });
    };
    const typeOnly = (node) =>
      node.importKind === 'type' ||
      (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
    return {
      ImportDeclaration(node) {
        if (!typeOnly(node)) check(node, node.source.value);
      },
      ImportExpression(node) {
        check(node, node.source.value);
      },
      ExportNamedDeclaration(node) {
        if (node.source && node.exportKind !== 'type') check(node, node.source.value);
      },
      ExportAllDeclaration(node) {
        if (node.exportKind !== 'type') check(node, node.source.value);
      },
    };
  },
};

export const layers = {
  rules: { 'no-db-in-client': noDbInClient, 'no-import-from': noImportFrom },
};
