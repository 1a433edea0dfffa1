/** The published JSON Schema of the school report (docs/reporting-schema.json), derived from the zod schema. */
import { z } from 'zod';
import { schoolReportSchema } from './report';

export function reportingJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(schoolReportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
