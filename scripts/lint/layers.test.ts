import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { layers } from './layers.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({
  languageOptions: {
    ecmaVersion: 2022,
    sourceType: 'module',
    parser: (await import('typescript-eslint')).parser,
  },
});

describe('layers/no-db-in-client', () => {
  tester.run('no-db-in-client', layers.rules['no-db-in-client'], {
    valid: [
      { code: "'use client';\nimport type { Role } from '@/db/schema';" },
      { code: "'use client';\nimport { type Role } from '@/db/schema';" },
      { code: "'use client';\nimport { ROLES } from '@/lib/model';" },
      { code: "import { getDb } from '@/db';" },
    ],
    invalid: [
      {
        code: "'use client';\nimport { ROLES } from '@/db/schema';",
        errors: [{ messageId: 'db' }],
      },
      {
        code: "'use client';\nimport { users } from '../../db/schema';",
        errors: [{ messageId: 'db' }],
      },
      {
        code: "import { getDb } from '@/db';",
        options: [{ always: true }],
        errors: [{ messageId: 'db' }],
      },
    ],
  });
});

describe('layers/no-import-from', () => {
  const options = [{ folders: ['server', 'app'], layer: 'db/' }];
  tester.run('no-import-from', layers.rules['no-import-from'], {
    valid: [
      { code: "import { x } from '@/lib/model';", options, filename: 'db/queries/a.ts' },
      { code: "import type { X } from '@/server/dal';", options, filename: 'db/queries/a.ts' },
      { code: "import { type X } from '../../server/dal';", options, filename: 'db/queries/a.ts' },
      { code: "import { z } from 'zod';", options, filename: 'db/queries/a.ts' },
      { code: "import { y } from './serverish';", options, filename: 'db/queries/a.ts' },
    ],
    invalid: [
      {
        code: "import { seedDemo } from '@/server/seed';",
        options,
        filename: 'db/queries/a.ts',
        errors: [{ messageId: 'up' }],
      },
      {
        code: "import { requireRole } from '../../server/dal';",
        options,
        filename: `${process.cwd()}/db/queries/a.ts`,
        errors: [{ messageId: 'up' }],
      },
      {
        code: "const m = await import('@/app/x');",
        options,
        filename: 'db/queries/a.ts',
        errors: [{ messageId: 'up' }],
      },
      {
        code: "export { a } from '@/server/a';",
        options,
        filename: 'db/a.ts',
        errors: [{ messageId: 'up' }],
      },
    ],
  });
});
