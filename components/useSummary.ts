/**
 * Loads what the summary screens show for a period: the roll-up comparison and the access requests, turned into the
 * one SummaryModel (lib/events/summaryModel.ts) that charts, tables, digest and export all read.
 */
import { useEffect, useState } from 'react';
import { buildSummaryModel, type SummaryModel } from '../lib/events/summaryModel';
import type { MessageError } from '../lib/messaging';
import { request } from './api';

export type Period = 1 | 7 | 30;

export async function loadSummaryModel(days: Period): Promise<SummaryModel | MessageError> {
  const [summary, access] = await Promise.all([request('summary/get', { days }), request('access/list', {})]);
  if (!summary.ok) return summary.error;
  return buildSummaryModel(summary.data, access.ok ? access.data.requests : []);
}

export function useSummaryModel(days: Period, reloadKey = 0) {
  const [model, setModel] = useState<SummaryModel | null>(null);
  const [error, setError] = useState<MessageError | null>(null);
  useEffect(() => {
    let live = true;
    void loadSummaryModel(days).then((result) => {
      if (!live) return;
      if ('code' in result) setError(result);
      else {
        setModel(result);
        setError(null);
      }
    });
    return () => {
      live = false;
    };
  }, [days, reloadKey]);
  return { model: model && model.days === days ? model : null, error };
}
