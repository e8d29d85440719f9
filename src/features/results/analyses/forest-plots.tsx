import { ForestPlot } from './forest-plot';
import { scaleSuffix, type ForestPanel, type LeftOutItem } from './forest-rows';

/**
 * The forest plots of a set of analyses (one per scale kind), then a note naming each analysis
 * left out of them and why. With no plot, the note says there is none.
 */
export function ForestPlots({
  idPrefix,
  panels,
  leftOut,
  title,
  dataTableId,
}: {
  idPrefix: string;
  panels: readonly ForestPanel[];
  leftOut: readonly LeftOutItem[];
  /** The plot's name; `suffix` tells the plots apart when there are two (" (ratios)"). */
  title: (panel: ForestPanel, suffix: string) => string;
  dataTableId: string;
}) {
  return (
    <>
      {panels.map((panel) => (
        <ForestPlot
          key={panel.scale}
          id={`${idPrefix}-forest-${panel.scale}`}
          title={title(panel, scaleSuffix(panel, panels.length))}
          panel={panel}
          dataTableId={dataTableId}
        />
      ))}
      {leftOut.length === 0 ? null : (
        <div className="chart__note analyses-left-out">
          <p>
            {panels.length === 0
              ? 'No forest plot: no analysis has an estimate and a confidence interval that can be drawn (each is listed below as published).'
              : 'Left out of the forest plot, but listed below as published:'}
          </p>
          <ul>
            {leftOut.map((item) => (
              <li key={item.key}>{`${item.label}: ${item.reason}.`}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
