import { describe, expect, it } from 'vitest';
import { parsePersonName } from './person-name';

describe('parsePersonName', () => {
  it.each([
    ['Xuetao Pei, MD,PhD', 'Xuetao Pei', ['MD', 'PhD']],
    ['Xun Li, MD, PhD', 'Xun Li', ['MD', 'PhD']],
    ['Haijie Ji, MD', 'Haijie Ji', ['MD']],
    ['Catriona M Steele, PhD', 'Catriona M Steele', ['PhD']],
    ['Jane Roe, M.D., Ph.D.', 'Jane Roe', ['M.D.', 'Ph.D.']],
    ['Ann Lee, MD PhD', 'Ann Lee', ['MD', 'PhD']],
    ['Bo Wu, MD/MPH', 'Bo Wu', ['MD', 'MPH']],
    ['Sam Poe, PHD, FRCPC', 'Sam Poe', ['PHD', 'FRCPC']],
    ['Jiang Shu', 'Jiang Shu', []],
    ['UCB Cares', 'UCB Cares', []],
  ])('%s -> %s %j', (published, name, degrees) => {
    expect(parsePersonName(published)).toEqual({ name, degrees, asPublished: published });
  });

  it('keeps a "Last, First" name whole because the first name is no degree', () => {
    expect(parsePersonName('Smith, John')).toEqual({
      name: 'Smith, John',
      degrees: [],
      asPublished: 'Smith, John',
    });
  });

  it('is conservative with look-alikes: "Do" and "Ms" are not DO and MS', () => {
    expect(parsePersonName('Nguyen, Do').name).toBe('Nguyen, Do');
    expect(parsePersonName('Taylor, Ms').degrees).toEqual([]);
  });

  it('keeps suffixes that are not degrees in the name', () => {
    expect(parsePersonName('John Smith, Jr, MD')).toEqual({
      name: 'John Smith, Jr',
      degrees: ['MD'],
      asPublished: 'John Smith, Jr, MD',
    });
  });

  it('never leaves an empty name', () => {
    expect(parsePersonName('MD, PhD').name).toBe('MD');
  });
});
