import { figureOf, missingFigure, type Figure, type Unit } from './figures';
import { plural } from '../../src/trial/count-text';

interface Entry {
  unit: Unit;
  samples: number[];
  failures: string[];
}

/** Gathers each figure's samples over the runs, in first-seen order, with the reasons of runs that gave none. */
export class FigureCollector {
  private readonly entries = new Map<string, Entry>();

  private entry(name: string, unit: Unit): Entry {
    let entry = this.entries.get(name);
    if (!entry) {
      entry = { unit, samples: [], failures: [] };
      this.entries.set(name, entry);
    }
    return entry;
  }

  add(name: string, unit: Unit, value: number): void {
    this.entry(name, unit).samples.push(value);
  }

  fail(name: string, unit: Unit, reason: string): void {
    this.entry(name, unit).failures.push(reason);
  }

  /** A figure per name: the median of its samples; n/a with the (distinct) reasons when no run gave one. */
  figures(): Figure[] {
    return [...this.entries].map(([name, { unit, samples, failures }]) => {
      const reasons = [...new Set(failures)].join('; ');
      if (samples.length === 0) return missingFigure(name, unit, reasons || 'not measured');
      const figure = figureOf(name, unit, samples);
      return failures.length > 0
        ? { ...figure, reason: `${plural(failures.length, 'run')} gave no value: ${reasons}` }
        : figure;
    });
  }
}
