import { describe, expect, it } from 'vitest';
import { makeSite } from '@/test-support/make-trial';
import { siteHeading, siteName, sitePlace } from './site-text';

describe('site naming', () => {
  it('names a site by facility and city, and its place by city, province, country', () => {
    const site = makeSite({
      facility: 'Tongji Hospital',
      city: 'Shanghai',
      state: null,
      country: 'China',
    });
    expect(siteName(site)).toBe('Tongji Hospital, Shanghai');
    expect(sitePlace(site)).toBe('Shanghai, China');
    expect(siteHeading(site)).toBe('Tongji Hospital, Shanghai, China');
  });

  it('says plainly when the record gives no facility or place', () => {
    const site = makeSite({ facility: null, city: null, state: null, country: null });
    expect(siteName(site)).toBe('Facility not named');
    expect(sitePlace(site)).toBeNull();
  });
});
