import type { OverallStatus } from '@/trial/vocabulary';

/** Coarse families of statuses, for legends, filters and map markers. */
export type StatusGroup = 'recruiting' | 'not-yet' | 'active' | 'closed' | 'unknown';

export interface StatusColor {
  group: StatusGroup;
  /** Fill of the badge (and of a map marker); distinct for every status. */
  background: string;
  /** Text on `background`: at least 4.5:1 (WCAG AA for normal text), checked by a test. */
  text: string;
}

const WHITE = '#ffffff';

/**
 * One colour per overall status. Every fill takes white text at AA contrast and also stands
 * at 3:1 or more against a white page, so a badge or marker edge is visible. Colour is never
 * the only signal: badges and legends always carry the status label. Markup takes them from
 * status-colors.css (data-status="<code>"), which a test holds to these values; Leaflet's markers
 * from here.
 */
export const STATUS_COLORS: Record<OverallStatus, StatusColor> = {
  RECRUITING: { group: 'recruiting', background: '#1a7f37', text: WHITE },
  ENROLLING_BY_INVITATION: { group: 'recruiting', background: '#0f766e', text: WHITE },
  AVAILABLE: { group: 'recruiting', background: '#3f6212', text: WHITE },
  NOT_YET_RECRUITING: { group: 'not-yet', background: '#1d4ed8', text: WHITE },
  ACTIVE_NOT_RECRUITING: { group: 'active', background: '#6d28d9', text: WHITE },
  SUSPENDED: { group: 'active', background: '#b45309', text: WHITE },
  TEMPORARILY_NOT_AVAILABLE: { group: 'active', background: '#a21caf', text: WHITE },
  COMPLETED: { group: 'closed', background: '#374151', text: WHITE },
  TERMINATED: { group: 'closed', background: '#b91c1c', text: WHITE },
  WITHDRAWN: { group: 'closed', background: '#9f1239', text: WHITE },
  NO_LONGER_AVAILABLE: { group: 'closed', background: '#57534e', text: WHITE },
  APPROVED_FOR_MARKETING: { group: 'closed', background: '#0e7490', text: WHITE },
  WITHHELD: { group: 'closed', background: '#1e293b', text: WHITE },
  UNKNOWN: { group: 'unknown', background: '#8a4b08', text: WHITE },
};

/** Sites may lack a status (e.g. completed studies): they get their own neutral fill. */
export const NO_STATUS_FILL = '#6b7280';

export const STATUS_GROUP_LABELS: Record<StatusGroup, string> = {
  recruiting: 'Recruiting',
  'not-yet': 'Not yet recruiting',
  active: 'Active, not recruiting',
  closed: 'Closed',
  unknown: 'Unknown',
};

export function statusGroup(status: OverallStatus): StatusGroup {
  return STATUS_COLORS[status].group;
}
