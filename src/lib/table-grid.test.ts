// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { tableGrid } from './table-grid';

function table(html: string): HTMLTableElement {
  const box = document.createElement('div');
  box.innerHTML = html;
  const found = box.querySelector('table');
  if (!found) throw new Error('no table');
  return found;
}

describe('tableGrid', () => {
  it('reads head and body rows in order, without the caption, spaces collapsed', () => {
    const grid = tableGrid(
      table(`<table><caption>Flow</caption>
        <thead><tr><th>Milestone</th><th>Group A</th></tr></thead>
        <tbody><tr><th>  Started
          here </th><td>20</td></tr></tbody></table>`),
    );
    expect(grid).toEqual([
      ['Milestone', 'Group A'],
      ['Started here', '20'],
    ]);
  });

  it('fills every place a spanning cell covers, so each row reads on its own', () => {
    const grid = tableGrid(
      table(`<table>
        <tr><th rowspan="2">Measure</th><th colspan="2">Groups</th></tr>
        <tr><th>A</th><th>B</th></tr>
        <tr><th rowspan="2">Sex</th><td>12</td><td>14</td></tr>
        <tr><td>8</td><td>6</td></tr></table>`),
    );
    expect(grid).toEqual([
      ['Measure', 'Groups', 'Groups'],
      ['Measure', 'A', 'B'],
      ['Sex', '12', '14'],
      ['Sex', '8', '6'],
    ]);
  });

  it('leaves out what is hidden from everyone (aria-hidden marks), keeps screen-reader text', () => {
    const grid = tableGrid(
      table(
        `<table><tr><td><span aria-hidden="true">●</span> 45%<span class="visually-hidden"> of 20</span></td></tr></table>`,
      ),
    );
    expect(grid).toEqual([['45% of 20']]);
  });

  it('pads short rows and ignores a row span past the table', () => {
    const grid = tableGrid(
      table(`<table><tr><td rowspan="5">x</td><td>y</td></tr><tr></tr></table>`),
    );
    expect(grid).toEqual([
      ['x', 'y'],
      ['x', ''],
    ]);
  });
});
