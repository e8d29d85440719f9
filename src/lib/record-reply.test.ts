import { describe, expect, it } from 'vitest';
import { isRecordReplyTo } from './record-reply';

const study = { ok: true, pathInFile: '', trial: { nctId: 'NCT01573923' }, results: null };
const refused = { ok: false, pathInFile: 'studies[1]', problems: [{ path: '', message: 'no' }] };

describe('isRecordReplyTo', () => {
  it('takes the reply to this reading: studies read, or why none could be', () => {
    expect(isRecordReplyTo({ id: 3, reading: { ok: true, studies: [study, refused] } }, 3)).toBe(
      true,
    );
    expect(isRecordReplyTo({ id: 3, reading: { ok: false, message: 'not JSON' } }, 3)).toBe(true);
  });

  it('refuses a reply to another reading, or a message of another shape', () => {
    expect(isRecordReplyTo({ id: 4, reading: { ok: true, studies: [study] } }, 3)).toBe(false);
    expect(isRecordReplyTo({ id: 3 }, 3)).toBe(false);
    expect(isRecordReplyTo({ id: 3, reading: { ok: false } }, 3)).toBe(false);
    expect(isRecordReplyTo({ id: 3, reading: { ok: true, studies: {} } }, 3)).toBe(false);
    expect(isRecordReplyTo('done', 3)).toBe(false);
  });

  it('refuses a study that is neither a trial nor its problems', () => {
    const noTrial = { ok: true, pathInFile: '', results: null };
    const noPath = { ...study, pathInFile: undefined };
    const noProblems = { ok: false, pathInFile: '' };
    for (const bad of [noTrial, noPath, noProblems, null]) {
      expect(isRecordReplyTo({ id: 1, reading: { ok: true, studies: [bad] } }, 1)).toBe(false);
    }
  });
});
