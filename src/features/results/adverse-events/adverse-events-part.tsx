import { useMemo } from 'react';
import { chartTerms } from '@/trial/results/adverse-event-chart-terms';
import type { AdverseEvents } from '@/trial/results/adverse-events-schema';
import { ResultsPart } from '../results-part';
import { AdverseEventsFacts } from './adverse-events-facts';
import { AdverseEventsDotChart } from './dot-chart';
import { eventColumns } from './event-columns';
import { EventGroups } from './event-groups';
import { organSystemsOf } from './event-filter';
import { eventRows } from './event-rows';
import { EventTables } from './event-tables';
import './adverse-events.css';

/**
 * The Adverse events part of the Results section: how events were collected, the event groups
 * with their deaths, serious and other events, a dot chart of the most frequent terms, and the
 * serious and the other events as sortable, filterable tables.
 */
export function AdverseEventsPart({ adverseEvents }: { adverseEvents: AdverseEvents }) {
  const { groups, seriousEvents, otherEvents } = adverseEvents;
  const columns = useMemo(() => eventColumns(groups), [groups]);
  const serious = useMemo(
    () => eventRows(seriousEvents, groups, 'serious'),
    [seriousEvents, groups],
  );
  const other = useMemo(() => eventRows(otherEvents, groups, 'other'), [otherEvents, groups]);
  const systems = useMemo(() => organSystemsOf(serious, other), [serious, other]);
  const charted = useMemo(
    () => chartTerms(seriousEvents, otherEvents, groups),
    [seriousEvents, otherEvents, groups],
  );
  return (
    <ResultsPart
      id="results-adverse-events"
      title="Adverse events"
      blurb="Harms recorded during the study: all-cause deaths, serious and other adverse events, by group, as published."
    >
      <AdverseEventsFacts adverseEvents={adverseEvents} />
      <h4>Event groups</h4>
      <EventGroups groups={groups} />
      <h4>Most frequent adverse events</h4>
      <AdverseEventsDotChart rows={charted} groups={groups} />
      <h4>Serious and other adverse events</h4>
      <p className="ae-note">
        Affected, at risk and events are the record’s numbers. Percent affected is the explorer’s
        arithmetic on them (affected ÷ at risk). “Not reported”: the record gives no figures for
        that group on that term (not zero).
      </p>
      <EventTables serious={serious} other={other} systems={systems} columns={columns} />
    </ResultsPart>
  );
}
