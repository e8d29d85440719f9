import type { ChartOmission } from './outcome-chart-marks';
import type { OutcomeChartPlan } from './outcome-chart-plan';

type DrawnPlan = Extract<OutcomeChartPlan, { kind: 'chart' }>;

/** A list of values and why each is not (fully) drawn. */
export function OmissionList({ items }: { items: readonly ChartOmission[] }) {
  return (
    <ul className="outcome-chart__omissions">
      {items.map((item, index) => (
        <li key={index}>
          {item.what}: {item.why}
        </li>
      ))}
    </ul>
  );
}

/** What the marks are, what the whiskers are, and each value the chart leaves out and why. */
export function OutcomeChartNotes({ plan }: { plan: DrawnPlan }) {
  return (
    <div className="chart__note outcome-chart__notes">
      <p>
        {plan.shape === 'bars' ? 'Bars from 0.' : 'Dots: the published values.'}
        {plan.whiskerNote === null ? null : ` ${plan.whiskerNote}`}
      </p>
      {plan.leftOut.length > 0 ? (
        <>
          <p>Not in the chart (the table has them):</p>
          <OmissionList items={plan.leftOut} />
        </>
      ) : null}
      {plan.noWhisker.length > 0 ? (
        <>
          <p>Drawn without whiskers:</p>
          <OmissionList items={plan.noWhisker} />
        </>
      ) : null}
    </div>
  );
}
