// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartFigure } from './chart-figure';

describe('ChartFigure', () => {
  it('is one image named by its caption and described by its summary and data table', () => {
    render(
      <>
        <ChartFigure
          id="c1"
          title="Mean change by group"
          summary="Group A improved more than group B."
          dataTableId="t1"
          width={300}
          height={100}
        >
          <circle cx={10} cy={10} r={5} />
        </ChartFigure>
        <table id="t1">
          <caption>Data</caption>
          <tbody>
            <tr>
              <td>1</td>
            </tr>
          </tbody>
        </table>
      </>,
    );
    const image = screen.getByRole('img', { name: 'Mean change by group' });
    const describedBy = (image.getAttribute('aria-describedby') ?? '').split(' ');
    const descriptions = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(descriptions).toEqual(['Group A improved more than group B.', 'Data1']);
  });
});
