/**
 * The summary both parent and teen see (components/Summary.tsx): counts per kind for today, 7 or 30 days, against
 * the previous period, with charts and tables per category.
 */
import { Summary } from './Summary';

export function Overview({ headingId }: { headingId: string }) {
  return <Summary headingId={headingId} />;
}
