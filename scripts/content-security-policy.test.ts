import { describe, expect, it } from 'vitest';
import {
  appHeaderPolicy,
  contentSecurityPolicy,
  EMBED_EXAMPLE_POLICY,
  tileSource,
  tileSourceFromEnv,
} from './content-security-policy';

const APP_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "worker-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

describe('contentSecurityPolicy', () => {
  it('allows only the app itself by default: no inline script or style, no eval, no other origin', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toBe(APP_POLICY);
    expect(policy).not.toMatch(/unsafe|\*|https?:/);
  });

  it('adds the tile host to images and connections only', () => {
    const policy = contentSecurityPolicy({ tileSource: 'https://tile.example.org' });
    expect(policy).toContain("img-src 'self' data: https://tile.example.org;");
    expect(policy).toContain("connect-src 'self' https://tile.example.org;");
    expect(policy.match(/tile\.example\.org/g)).toHaveLength(2);
  });

  it('puts frame-ancestors in only when asked (a header, never the meta tag)', () => {
    expect(contentSecurityPolicy()).not.toContain('frame-ancestors');
    expect(appHeaderPolicy(APP_POLICY)).toBe(`${APP_POLICY}; frame-ancestors *`);
  });

  it('lets the embed example host page frame the app from another http(s) origin', () => {
    expect(EMBED_EXAMPLE_POLICY).toContain("frame-src 'self' http: https:;");
    expect(EMBED_EXAMPLE_POLICY).toContain("script-src 'self';");
    expect(EMBED_EXAMPLE_POLICY).toMatch(/; frame-ancestors \*$/);
  });
});

describe('tileSource', () => {
  it("is the template's https origin, with Leaflet's {s} subdomain as a wildcard", () => {
    expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://tile.openstreetmap.org',
    );
    expect(tileSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe(
      'https://*.tile.example.org',
    );
    expect(tileSource('https://Tiles.Example.org:8443/{z}/{x}/{y}.png')).toBe(
      'https://tiles.example.org:8443',
    );
  });

  it('refuses a host that would write something else into the policy', () => {
    expect(tileSource("https://a.example;script-src-elem 'unsafe-inline'/{z}")).toBeNull();
    expect(tileSource('https://a.example,b.example/{z}')).toBeNull();
    expect(tileSource('https://user@tiles.example.org/{z}')).toBeNull();
    expect(tileSource('https://{z}.example.org/{x}')).toBeNull();
    expect(tileSource('http://tiles.example.org/{z}')).toBeNull();
  });
});

describe('tileSourceFromEnv', () => {
  it('is null without a tile layer, or with one the app ignores', () => {
    expect(tileSourceFromEnv({})).toBeNull();
    expect(
      tileSourceFromEnv({ VITE_TILE_URL: 'http://tiles.example.org/{z}/{x}/{y}.png' }),
    ).toBeNull();
  });

  it('allows the configured tile host', () => {
    expect(
      tileSourceFromEnv({ VITE_TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' }),
    ).toBe('https://tile.openstreetmap.org');
  });

  it('stops the build for a tile URL the app would use but the policy cannot allow', () => {
    expect(() =>
      tileSourceFromEnv({ VITE_TILE_URL: 'https://a.example;x/{z}/{x}/{y}.png' }),
    ).toThrow(/cannot be allowed by the Content-Security-Policy/);
  });
});
