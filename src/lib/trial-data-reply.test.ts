import { describe, expect, it } from 'vitest';
import { isReplyTo, replyId } from './trial-data-reply';

describe('isReplyTo', () => {
  it('accepts the reply to its request: a value of its kind, or a failure with its problems', () => {
    expect(isReplyTo({ id: 4, ok: true, kind: 'trial', value: {} }, 4, 'trial')).toBe(true);
    expect(isReplyTo({ id: 4, ok: false, message: 'm', problems: ['p'] }, 4, 'trial')).toBe(true);
  });

  it.each([
    ['another request’s reply', { id: 5, ok: true, kind: 'trial', value: {} }],
    ['a value of another kind', { id: 4, ok: true, kind: 'catalog', value: {} }],
    ['no value', { id: 4, ok: true, kind: 'trial' }],
    ['a failure without a message', { id: 4, ok: false, problems: [] }],
    ['problems that are not text', { id: 4, ok: false, message: 'm', problems: [1] }],
    ['an ok that is not true or false', { id: 4, ok: 'yes', kind: 'trial', value: {} }],
    ['no object at all', 'done'],
  ])('refuses %s', (_, data) => {
    expect(isReplyTo(data, 4, 'trial')).toBe(false);
  });
});

describe('replyId', () => {
  it('reads a numeric id, else null', () => {
    expect(replyId({ id: 3 })).toBe(3);
    expect(replyId({ id: '3' })).toBeNull();
    expect(replyId(null)).toBeNull();
  });
});
