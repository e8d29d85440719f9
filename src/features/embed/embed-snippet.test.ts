import { describe, expect, it } from 'vitest';
import { embedTitle } from '@/lib/embed-views';
import { embedSnippet, embedUrl } from './embed-snippet';

const base = { origin: 'https://trials.example.org', base: '/', trialId: 'NCT01573923' };

describe('embed snippet', () => {
  it('is the documented iframe', () => {
    expect(embedSnippet({ ...base, view: 'map', width: 600, height: 400 })).toBe(
      '<iframe src="https://trials.example.org/trials/NCT01573923/embed/map/" width="600" height="400" title="NCT01573923 sites map (Trial Explorer)" style="border:0" loading="lazy"></iframe>',
    );
  });

  it('lets the frame ask for the location only when told', () => {
    const options = { ...base, view: 'sites' as const, width: 600, height: 400 };
    expect(embedSnippet(options)).not.toContain('allow=');
    expect(embedSnippet({ ...options, allowLocation: true })).toContain(
      'title="NCT01573923 sites table (Trial Explorer)" allow="geolocation" style="border:0"',
    );
  });

  it('takes 100% width and a base path', () => {
    const snippet = embedSnippet({
      ...base,
      base: '/explorer/',
      view: 'groups',
      width: '100%',
      height: 300,
    });
    expect(snippet).toContain(
      'src="https://trials.example.org/explorer/trials/NCT01573923/embed/groups/"',
    );
    expect(snippet).toContain('width="100%" height="300"');
    expect(snippet).toContain('title="NCT01573923 study groups (Trial Explorer)"');
  });

  it('names every view', () => {
    expect(embedTitle('NCT01573923', 'all')).toBe('NCT01573923 all sections (Trial Explorer)');
    expect(embedUrl({ ...base, view: 'investigators' })).toBe(
      'https://trials.example.org/trials/NCT01573923/embed/investigators/',
    );
  });

  it('escapes what could break out of an attribute', () => {
    const snippet = embedSnippet({
      ...base,
      trialId: '"><script>',
      view: 'map',
      width: 600,
      height: 400,
    });
    expect(snippet).not.toContain('<script>');
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt; sites map (Trial Explorer)"');
  });
});
