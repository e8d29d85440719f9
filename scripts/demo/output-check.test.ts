import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDemoOutput, MANIFEST, type DemoManifest } from './output-check';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const WEBM = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x01]);

function outputDir(manifest: DemoManifest, files: Record<string, Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'demo-output-'));
  writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const manifest: DemoManifest = {
  video: 'demo.webm',
  steps: [
    { name: 'a', status: 'shown', screenshot: '01-a.png' },
    { name: 'b', status: 'skipped', reason: 'not in this build' },
  ],
};

describe('checkDemoOutput', () => {
  it('accepts a video and a PNG for every shown step', () => {
    expect(
      checkDemoOutput(outputDir(manifest, { 'demo.webm': WEBM, '01-a.png': PNG }), ['a', 'b']),
    ).toEqual([]);
  });

  it('names a missing or empty screenshot and a missing video', () => {
    const missing = outputDir(manifest, {});
    expect(checkDemoOutput(missing, ['a', 'b'])).toEqual([
      `${join(missing, '01-a.png')}: missing`,
      `${join(missing, 'demo.webm')}: missing`,
    ]);
    const empty = outputDir(manifest, { 'demo.webm': WEBM, '01-a.png': Buffer.alloc(0) });
    expect(checkDemoOutput(empty, ['a', 'b'])).toEqual([`${join(empty, '01-a.png')}: empty`]);
  });

  it('refuses a file of the wrong type, a changed step list and a run where everything was skipped', () => {
    const wrong = outputDir(manifest, { 'demo.webm': PNG, '01-a.png': PNG });
    expect(checkDemoOutput(wrong, ['a', 'b'])).toEqual([
      `${join(wrong, 'demo.webm')}: not the expected file type`,
    ]);
    const ok = outputDir(manifest, { 'demo.webm': WEBM, '01-a.png': PNG });
    expect(checkDemoOutput(ok, ['a', 'b', 'c'])).toEqual(['steps a, b; expected a, b, c']);
    const allSkipped = outputDir(
      { video: 'demo.webm', steps: [{ name: 'b', status: 'skipped' }] },
      { 'demo.webm': WEBM },
    );
    expect(checkDemoOutput(allSkipped, ['b'])).toEqual(['every step was skipped']);
  });

  it('says so when there is no manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-output-'));
    expect(checkDemoOutput(dir, [])).toEqual([`${join(dir, MANIFEST)}: missing`]);
  });
});
