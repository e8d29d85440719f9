import { describe, expect, it } from 'vitest';
import { ariaRowCount, ariaRowIndex, rowMoveFor, targetRow } from './row-navigation';

const press = (
  key: string,
  modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('ARIA row numbers', () => {
  it('counts every body row plus the header row, and numbers body rows from 2', () => {
    expect(ariaRowCount(2000)).toBe(2001);
    expect(ariaRowCount(0)).toBe(2); // the "no rows" message row
    expect(ariaRowIndex(0)).toBe(2);
    expect(ariaRowIndex(1999)).toBe(2001);
  });
});

describe('rowMoveFor', () => {
  it('maps arrows, pages and Home/End (with or without Ctrl or Cmd)', () => {
    expect(rowMoveFor(press('ArrowDown'))).toBe('next');
    expect(rowMoveFor(press('ArrowUp'))).toBe('previous');
    expect(rowMoveFor(press('PageDown'))).toBe('pageDown');
    expect(rowMoveFor(press('PageUp'))).toBe('pageUp');
    expect(rowMoveFor(press('Home'))).toBe('first');
    expect(rowMoveFor(press('End', { ctrlKey: true }))).toBe('last');
    expect(rowMoveFor(press('Home', { metaKey: true }))).toBe('first');
  });

  it('leaves other keys and Shift/Alt combinations to the browser', () => {
    expect(rowMoveFor(press('Tab'))).toBeNull();
    expect(rowMoveFor(press('Enter'))).toBeNull();
    expect(rowMoveFor(press('ArrowLeft'))).toBeNull();
    expect(rowMoveFor(press('End', { shiftKey: true }))).toBeNull();
    expect(rowMoveFor(press('ArrowDown', { altKey: true }))).toBeNull();
    expect(rowMoveFor(press('ArrowDown', { ctrlKey: true }))).toBeNull();
  });
});

describe('targetRow', () => {
  it('moves by one, by a page, or to either end, staying within the rows', () => {
    expect(targetRow('next', 0, 2000, 10)).toBe(1);
    expect(targetRow('previous', 0, 2000, 10)).toBe(0);
    expect(targetRow('next', 1999, 2000, 10)).toBe(1999);
    expect(targetRow('pageDown', 5, 2000, 10)).toBe(15);
    expect(targetRow('pageDown', 1995, 2000, 10)).toBe(1999);
    expect(targetRow('pageUp', 5, 2000, 10)).toBe(0);
    expect(targetRow('last', 3, 2000, 10)).toBe(1999);
    expect(targetRow('first', 1500, 2000, 10)).toBe(0);
  });

  it('moves at least one row a page, whatever the measured page size', () => {
    expect(targetRow('pageDown', 0, 100, 0)).toBe(1);
    expect(targetRow('pageDown', 0, 100, -3)).toBe(1);
  });
});
