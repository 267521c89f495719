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
