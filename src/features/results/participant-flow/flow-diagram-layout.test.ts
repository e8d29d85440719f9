import { describe, expect, it } from 'vitest';
import { layoutFlowDiagram } from './flow-diagram-layout';
import type { FlowDiagramModel } from './flow-diagram-model';

const model: FlowDiagramModel = {
  chain: [
    { label: 'Started', count: '42' },
    { label: 'Received treatment', count: '41' },
    { label: 'Completed', count: '40' },
  ],
  branchAt: 2,
  side: {
    label: 'Not completed',
    count: '2',
    reasons: [
      { label: 'Adverse Event', count: '1' },
      { label: 'Lost to Follow-up', count: 'Not provided' },
    ],
  },
};

/** Boxes overlap when both their x and y ranges do. */
function overlaps(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('layoutFlowDiagram', () => {
  it('stacks the milestones with an arrow into each, and branches to the side box before COMPLETED', () => {
    const layout = layoutFlowDiagram(model, 640);
    const [started, received, completed] = layout.boxes;
    if (!started || !received || !completed || !layout.side || !layout.branch)
      throw new Error('three boxes and a side box expected');
    expect(layout.arrows).toEqual([
      { y1: started.y + started.height, y2: received.y, head: true },
      { y1: received.y + received.height, y2: completed.y, head: true },
    ]);
    // The side box sits in the gap between the box before COMPLETED and COMPLETED, right of the spine.
    expect(layout.side.y).toBeGreaterThan(received.y + received.height);
    expect(layout.side.y + layout.side.height).toBeLessThan(completed.y);
    expect(layout.branch).toEqual({ x1: 180, x2: 208, y: layout.side.y + 16 });
    expect(layout.side.x + layout.side.width).toBeLessThanOrEqual(640);
    expect(layout.height).toBe(Math.ceil(completed.y + completed.height) + 2);
    // A short count sits beside its reason; "Not provided" is too long and goes under it.
    expect(layout.side.reasons.map((reason) => reason.count.beside)).toEqual([true, false]);
  });

  it('runs the spine down the left on a phone, keeping every box inside the width', () => {
    const layout = layoutFlowDiagram(model, 300);
    expect(layout.spineX).toBe(20);
    const boxes = [...layout.boxes, ...(layout.side ? [layout.side] : [])];
    for (const box of boxes) expect(box.x + box.width).toBeLessThanOrEqual(300);
    for (const box of layout.boxes) expect(layout.side && overlaps(box, layout.side)).toBe(false);
    expect(layout.shortened).toBe(false);
  });

  it('puts the side box after the last milestone when there is no COMPLETED, and alone when there is no milestone', () => {
    const noCompleted = layoutFlowDiagram(
      { ...model, chain: model.chain.slice(0, 1), branchAt: 1 },
      640,
    );
    const [started] = noCompleted.boxes;
    expect(noCompleted.side && started && noCompleted.side.y > started.y + started.height).toBe(
      true,
    );
    expect(noCompleted.arrows).toEqual([
      { y1: started && started.y + started.height, y2: noCompleted.branch?.y, head: false },
    ]);
    const alone = layoutFlowDiagram({ ...model, chain: [], branchAt: 0 }, 300);
    expect([alone.side?.x, alone.side?.y, alone.branch, alone.arrows]).toEqual([0, 0, null, []]);
  });

  it('shortens a hostile long label to three lines and says so', () => {
    const layout = layoutFlowDiagram(
      { chain: [{ label: 'A'.repeat(5000), count: '1' }], branchAt: 1, side: null },
      300,
    );
    expect(layout.boxes[0]?.label.lines).toHaveLength(3);
    expect(layout.boxes[0]?.label.lines[2]?.endsWith('…')).toBe(true);
    expect(layout.shortened).toBe(true);
  });
});
