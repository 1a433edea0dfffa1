/**
 * Small stored state of the blocking features (storage.local, versioned): access requests and approvals,
 * "this looks wrong" reports, schedule holds, and the status of each downloaded list. The lists themselves are in
 * IndexedDB (see ListLibrary).
 */
import { storage } from 'wxt/utils/storage';
import type { AccessRequest, Approval } from './approvals';
import type { CategoryId } from './categories';
import type { SourceStatus } from './listLibrary';
import type { Holds } from './schedules';

export const accessRequestsItem = storage.defineItem<AccessRequest[]>('local:accessRequests', {
  fallback: [],
  version: 1,
});

export const approvalsItem = storage.defineItem<Approval[]>('local:approvals', { fallback: [], version: 1 });

export interface MiscategorizationReport {
  domain: string;
  category: CategoryId | 'custom';
  at: number;
}

export const reportsItem = storage.defineItem<MiscategorizationReport[]>('local:miscategorizationReports', {
  fallback: [],
  version: 1,
});

export const scheduleHoldsItem = storage.defineItem<Holds>('local:scheduleHolds', {
  fallback: {},
  version: 1,
});

export const listStatusItem = storage.defineItem<Record<string, SourceStatus>>('local:listStatus', {
  fallback: {},
  version: 1,
});
