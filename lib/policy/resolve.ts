/**
 * resolvePolicy: the one place that decides which settings are in force. Layers, weakest first:
 * defaults -> age-band preset -> parent settings -> school policy. For every field it also says where the value
 * came from and whether it is locked, so each screen can explain itself ("Managed by <school>").
 */
import { AGE_BAND_PRESETS } from './ageBands';
import { dedupe, repairFields, type Repair } from './repair';
import {
  MERGED_FIELDS,
  POLICY_FIELDS,
  policyFields,
  schoolOnlyFields,
  type ParentSettings,
  type Policy,
  type PolicyField,
  type SchoolPolicy,
} from './schema';

export type FieldSource = 'default' | 'preset' | 'parent' | 'school';

export interface FieldOrigin {
  source: FieldSource;
  /** True when the school policy sets or locks the field: no parent or teen screen may change it. */
  locked: boolean;
}

export interface ResolvedPolicy {
  policy: Policy;
  fields: Record<PolicyField, FieldOrigin>;
  /** The school's name when a school policy is present. */
  managedBy: string | null;
  parentPinReset: boolean;
  reporting: SchoolPolicy['reporting'] | null;
  /**
   * School mode with no parent: the parent layer is ignored, every field is locked, and there is no PIN to set or
   * enter. Requests and reports say "ask your teacher".
   */
  noParent: boolean;
}

const mergedFields: ReadonlySet<PolicyField> = new Set(MERGED_FIELDS);

/** Unions two lists, school entries first; used for fields a school and a parent both add to. */
function union<T>(school: readonly T[], other: readonly T[]): T[] {
  return dedupe([...school, ...other]);
}

export function resolvePolicy(
  defaults: Readonly<Policy>,
  parentLayer: Readonly<ParentSettings>,
  school: Readonly<SchoolPolicy> | null,
): ResolvedPolicy {
  // With no parent, settings a parent stored earlier (before the school took the device over) must not weaken the
  // school's policy where nobody can see or change them: the parent layer is left out entirely.
  const noParent = school?.noParent === true;
  const parent: Readonly<ParentSettings> = noParent ? {} : parentLayer;
  const lockedBySchool = new Set<PolicyField>(school?.locked ?? []);

  // The age band decides the preset, so it is resolved first, by the same rules as any field.
  const ageBand =
    school?.ageBand !== undefined
      ? school.ageBand
      : !lockedBySchool.has('ageBand') && parent.ageBand !== undefined
        ? parent.ageBand
        : defaults.ageBand;
  const preset = ageBand ? AGE_BAND_PRESETS[ageBand] : null;

  const policy = { ...defaults } as Record<PolicyField, unknown>;
  const fields = {} as Record<PolicyField, FieldOrigin>;

  for (const field of POLICY_FIELDS) {
    let value: unknown = defaults[field];
    let source: FieldSource = 'default';
    if (preset && field in preset) {
      value = preset[field as keyof typeof preset];
      source = 'preset';
    }
    const lockedHard = lockedBySchool.has(field);
    const merged = mergedFields.has(field);
    const schoolValue = school?.[field];
    if (parent[field] !== undefined && !lockedHard && (schoolValue === undefined || merged)) {
      value = parent[field];
      source = 'parent';
    }
    if (schoolValue !== undefined) {
      value = merged && !lockedHard ? union(schoolValue as unknown[], value as unknown[]) : schoolValue;
      source = 'school';
    }
    policy[field] = value;
    // With no parent every field is read-only, but lists still merge with the defaults as usual: "no parent" means
    // nobody on the device can change a setting, not that the school's list replaces the safe defaults.
    fields[field] = { source, locked: noParent || lockedHard || (schoolValue !== undefined && !merged) };
  }

  // Categories the school keeps open are removed from the preset's and the parent's blocks, never the school's own.
  const allowedBySchool = new Set(school?.allowedCategories ?? []);
  if (allowedBySchool.size > 0) {
    const schoolBlocked = new Set(school?.blockedCategories ?? []);
    policy.blockedCategories = (policy.blockedCategories as Policy['blockedCategories']).filter(
      (c) => schoolBlocked.has(c) || !allowedBySchool.has(c),
    );
  }

  return {
    policy: policy as Policy,
    fields,
    managedBy: school ? (school.orgName ?? null) : null,
    parentPinReset: school?.parentPinReset ?? false,
    reporting: school?.reporting ?? null,
    noParent,
  };
}

/** Parent settings as stored, repaired field by field. */
export function repairParentSettings(raw: unknown): { value: ParentSettings; repairs: Repair[] } {
  return repairFields<ParentSettings>(raw, policyFields);
}

/** A school policy as delivered by managed storage, repaired field by field. An empty policy means "no school". */
export function repairSchoolPolicy(raw: unknown): { value: SchoolPolicy | null; repairs: Repair[] } {
  const { value, repairs } = repairFields<SchoolPolicy>(raw, { ...policyFields, ...schoolOnlyFields });
  return { value: Object.keys(value).length > 0 ? value : null, repairs };
}
