import type { CatalogEntry } from '@/trial/trial-schema';
import { TrialSwitcher } from './trial-switcher';

export function AppBar({ trials, current }: { trials: CatalogEntry[]; current: string | null }) {
  return (
    <header className="app-bar">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <span className="app-bar__name">Trial Explorer</span>
      {current && <TrialSwitcher trials={trials} current={current} />}
    </header>
  );
}
