import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import type { Figure } from './figures';
import type { GoalResult } from './goals';

export const RESULTS_DIR = 'bench-results';

export interface BenchContext {
  gitCommit: string;
  /** Uncommitted changes in the worktree when the bench ran. */
  gitDirty: boolean;
  chromium: string;
  node: string;
  cpuCount: number;
  cpuModel: string;
  /** Runs per trial label that were planned, and how many loaded the explorer. */
  runs: Record<string, { planned: number; completed: number }>;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export function benchContext(chromium: string, runs: BenchContext['runs']): BenchContext {
  return {
    gitCommit: git(['rev-parse', 'HEAD']),
    gitDirty: git(['status', '--porcelain']) !== '',
    chromium,
    node: process.version,
    cpuCount: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    runs,
  };
}

/** bench-results/<ISO timestamp>.json (colons made dashes, for every file system); returns the path. */
export function writeResults(
  startedAt: Date,
  durationSeconds: number,
  context: BenchContext,
  figures: readonly Figure[],
  goals: readonly GoalResult[],
): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${startedAt.toISOString().replace(/:/g, '-')}.json`);
  const body = { startedAt: startedAt.toISOString(), durationSeconds, context, figures, goals };
  writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
  return path;
}
