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

export const layers = { rules: { 'no-db-in-client': noDbInClient } };
