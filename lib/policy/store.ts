/**
 * Where policy layers live: parent settings in storage.local (versioned, with migrations from the first release),
 * the school policy in storage.managed (read-only, set by the admin). Loading repairs what is broken, writes the
 * repaired settings back, and returns what was repaired so the dashboard can say so.
 */
import { storage } from 'wxt/utils/storage';
import type { Repair } from './repair';
import { repairParentSettings, repairSchoolPolicy } from './resolve';
import type { ParentSettings, SchoolPolicy } from './schema';

export const parentSettingsItem = storage.defineItem<ParentSettings>('local:parentSettings', {
  fallback: {},
  version: 1,
  // Version 1 is the first release. A later shape change adds `2: (v1) => v2` here, never a silent reset.
  migrations: {},
});

export interface RepairReport {
  at: number;
  parent: Repair[];
  school: Repair[];
}

export const lastRepairItem = storage.defineItem<RepairReport | null>('local:lastRepair', {
  fallback: null,
  version: 1,
});

export interface LoadedLayers {
  parent: ParentSettings;
  school: SchoolPolicy | null;
  parentRepairs: Repair[];
  schoolRepairs: Repair[];
}

/** Reads the managed policy; a browser without managed storage (Firefox without policy, tests) means "no school". */
export async function readManagedPolicy(
  getManaged: () => Promise<Record<string, unknown>>,
): Promise<{ value: SchoolPolicy | null; repairs: Repair[] }> {
  let raw: Record<string, unknown>;
  try {
    raw = await getManaged();
  } catch {
    return { value: null, repairs: [] };
  }
  return repairSchoolPolicy(raw);
}

export async function loadLayers(getManaged: () => Promise<Record<string, unknown>>): Promise<LoadedLayers> {
  const raw: unknown = await parentSettingsItem.getValue();
  const parent = repairParentSettings(raw);
  if (parent.repairs.length > 0) {
    // Keep the last good state: write back what survived, so the next read starts clean.
    await parentSettingsItem.setValue(parent.value);
  }
  const school = await readManagedPolicy(getManaged);
  return {
    parent: parent.value,
    school: school.value,
    parentRepairs: parent.repairs,
    schoolRepairs: school.repairs,
  };
}
