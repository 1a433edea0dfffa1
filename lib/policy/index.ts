export * from './schema';
export * from './defaults';
export * from './ageBands';
export * from './resolve';
export type { Repair, RepairProblem } from './repair';
