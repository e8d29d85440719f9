import { OnDemand } from '@/components/on-demand';
import { useHydrated } from '@/lib/hydration';
import type { Site } from '@/trial/trial-schema';
import { loadSitesChunk } from '../load-sites-chunk';
import { gazetteerSource } from './gazetteer-source';
import './nearest-site-slot.css';

const loadNearestSitePanel = () => loadSitesChunk().then((module) => module.NearestSitePanel);

/**
 * Where the place box goes. It needs JavaScript to do anything (its gazetteer is searched in the
 * page), so the prerendered page holds only its room (no JavaScript: no room, class needs-js) and
 * its code (in the sites' lazy chunk, with the live map) loads once the page is hydrated.
 */
export function NearestSiteSlot({ sites }: { sites: Site[] }) {
  const hydrated = useHydrated();
  // No site on the map, no distance to give: no box (the same on the server and in the browser).
  if (!sites.some((site) => site.location !== null)) return null;
  return (
    <div className="nearest-slot needs-js">
      {hydrated && (
        <OnDemand
          what="The place search"
          load={loadNearestSitePanel}
          props={{ sites, source: gazetteerSource }}
        />
      )}
    </div>
  );
}
