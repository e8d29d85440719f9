import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { WAIT_CLASS } from '../../src/app/prerendered-page';
import { bootScript } from './boot-script';

/** Runs the script at an address and says whether it hid the prerendered markup. */
function hides(address: string, base = '/'): boolean {
  const url = new URL(address, 'https://trials.example.org');
  const classes = new Set<string>();
  runInNewContext(bootScript(base), {
    window: { location: { pathname: url.pathname, search: url.search } },
    document: { documentElement: { classList: { add: (name: string) => classes.add(name) } } },
    URLSearchParams,
  });
  return classes.has(WAIT_CLASS);
}

describe('bootScript', () => {
  it('shows the prerendered first trial at the plain base address, with or without view state', () => {
    expect(hides('/')).toBe(false);
    expect(hides('/index.html')).toBe(false);
    expect(hides('/?sitesSort=city&site=site-2')).toBe(false);
    expect(hides('/explorer/', '/explorer/')).toBe(false);
  });

  it('hides it where the address asks for another page', () => {
    expect(hides('/?trial=NCT02552212')).toBe(true);
    expect(hides('/?trial=NCT01573923&embed=1&view=map')).toBe(true);
    expect(hides('/?trial=NCT01573923&source=file')).toBe(true);
    expect(hides('/trials/NCT00000000/')).toBe(true);
    expect(hides('/', '/explorer/')).toBe(true);
  });
});
