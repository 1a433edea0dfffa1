// Regenerates public/managed_schema.json from the zod schema: `npx vite-node scripts/write-managed-schema.ts`.
import { writeFileSync } from 'node:fs';
import { buildManagedSchema } from '../lib/policy/managedSchema';

writeFileSync(
  new URL('../public/managed_schema.json', import.meta.url),
  JSON.stringify(buildManagedSchema(), null, 2) + '\n',
);
console.log('wrote public/managed_schema.json');
