import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const MANIFEST = 'manifest.json';

const manifestSchema = z.object({
  video: z.string(),
  steps: z.array(
    z.object({
      name: z.string(),
      status: z.enum(['shown', 'skipped']),
      reason: z.string().optional(),
      screenshot: z.string().optional(),
    }),
  ),
});

export type DemoManifest = z.infer<typeof manifestSchema>;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const WEBM_SIGNATURE = Buffer.from([0x1a, 0x45, 0xdf, 0xa3]); // EBML

function fileProblem(path: string, signature: Buffer): string | null {
  if (!existsSync(path)) return `${path}: missing`;
  if (statSync(path).size === 0) return `${path}: empty`;
  if (!readFileSync(path).subarray(0, 4).equals(signature))
    return `${path}: not the expected file type`;
  return null;
}

/**
 * Problems with a demo's output folder (none: []): the manifest must list every expected step, the
 * video and each shown step's screenshot must exist, be non-empty and be a webm / PNG.
 */
export function checkDemoOutput(outDir: string, expectedSteps: readonly string[]): string[] {
  const manifestPath = join(outDir, MANIFEST);
  if (!existsSync(manifestPath)) return [`${manifestPath}: missing`];
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  if (!parsed.success) return [`${manifestPath}: ${parsed.error.message}`];
  const { video, steps } = parsed.data;
  const problems: string[] = [];
  const names = steps.map((step) => step.name);
  if (names.join() !== expectedSteps.join())
    problems.push(`steps ${names.join(', ')}; expected ${expectedSteps.join(', ')}`);
  for (const step of steps) {
    if (step.status === 'skipped') continue;
    if (step.screenshot === undefined) problems.push(`${step.name}: no screenshot listed`);
    else problems.push(fileProblem(join(outDir, step.screenshot), PNG_SIGNATURE) ?? '');
  }
  if (steps.every((step) => step.status === 'skipped')) problems.push('every step was skipped');
  problems.push(fileProblem(join(outDir, video), WEBM_SIGNATURE) ?? '');
  return problems.filter((problem) => problem !== '');
}
