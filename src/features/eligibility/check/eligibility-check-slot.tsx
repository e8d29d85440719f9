import { useId, useState, type ComponentProps } from 'react';
import { OnDemand } from '@/components/on-demand';
import type { EligibilityCheck } from './eligibility-check';

const loadEligibilityCheck = () =>
  import('./eligibility-check').then((module) => module.EligibilityCheck);

const preload = () => {
  loadEligibilityCheck().catch(() => undefined);
};

/**
 * "Check the age and sex limits": a button below the structured limits that opens the quick
 * eligibility check in place (its code, a chunk of its own, is fetched on the button's hover or
 * focus). A button, not the form itself, in the prerendered page: the check needs JavaScript
 * (no JavaScript: no button, class needs-js), and a form arriving with the script would move
 * everything below it.
 */
export function EligibilityCheckSlot(props: ComponentProps<typeof EligibilityCheck>) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="eligibility-check-slot needs-js">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onMouseEnter={preload}
        onFocus={preload}
        onClick={() => setOpen(!open)}
      >
        Check the age and sex limits
      </button>
      <div id={panelId}>
        {open && (
          <OnDemand what="The eligibility check" load={loadEligibilityCheck} props={props} />
        )}
      </div>
    </div>
  );
}
