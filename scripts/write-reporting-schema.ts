// Regenerates docs/reporting-schema.json from the zod schema of the school report:
// `npx vite-node scripts/write-reporting-schema.ts` (a unit test checks the committed file is current).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { reportingJsonSchema } from '../lib/school/reportingJsonSchema';

const target = new URL('../docs/reporting-schema.json', import.meta.url);
const options = (await prettier.resolveConfig(fileURLToPath(target))) ?? {};
writeFileSync(
  target,
  await prettier.format(JSON.stringify(reportingJsonSchema()), { ...options, parser: 'json' }),
);
console.log('wrote docs/reporting-schema.json');
