// Sync through a shared folder (DESIGN §6): what hosts (CLI, Electron main) call.
export { syncOnce, syncContext } from './engine';
export type { SyncOptions } from './engine';
export type { SyncReport, SyncStatus, SkippedFile, ConflictFound } from './report';
export { newerNotice, statusMessage } from './report';
export { listConflicts, resolveConflict } from './conflicts';
export type { Conflict, Resolution } from './conflicts';
export { SyncScheduler, watchShare } from './scheduler';
export type { SchedulerOptions, Timers } from './scheduler';
export { readPresence, editorsOf } from './presence';
export type { DeviceInfo } from './presence';
export type { Folder, FolderEntry, FolderStat } from './folder';
export { FolderError } from './folder';
export { DiskFolder } from './disk-folder';
export { MemoryFolder, seededFaults, faultAt, FAULT_KINDS } from './memory-folder';
export type { FaultKind, FaultPlan } from './memory-folder';
