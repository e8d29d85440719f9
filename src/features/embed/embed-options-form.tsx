import { useId, useState } from 'react';
import { EMBED_VIEW_NAMES, EMBED_VIEWS, type EmbedView } from '@/lib/embed-views';

export interface EmbedSize {
  width: number | '100%';
  height: number;
}

const LIMITS = { width: [200, 2000], height: [150, 2000] } as const;

/** A typed number within limits, or null while the input holds something else. */
function sizeValue(raw: string, [min, max]: readonly [number, number]): number | null {
  const value = Number(raw);
  return raw.trim() !== '' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : null;
}

interface Props {
  view: EmbedView;
  onViewChange: (view: EmbedView) => void;
  size: EmbedSize;
  onSizeChange: (size: EmbedSize) => void;
  /** Whether the frame may ask for the reader's location; null: the view has no place box. */
  location: boolean | null;
  onLocationChange: (allowed: boolean) => void;
}

/**
 * View, width (or 100% width) and height of the embed, and for a view with the sites table whether
 * the frame may ask for the reader's location; sizes outside the limits are not applied.
 */
export function EmbedOptionsForm({
  view,
  onViewChange,
  size,
  onSizeChange,
  location,
  onLocationChange,
}: Props) {
  const id = useId();
  const [width, setWidth] = useState(String(size.width === '100%' ? 600 : size.width));
  const [height, setHeight] = useState(String(size.height));
  const fullWidth = size.width === '100%';
  const lastWidth = sizeValue(width, LIMITS.width) ?? 600;

  return (
    <div className="embed-options">
      <label htmlFor={`${id}-view`}>View</label>
      <select
        id={`${id}-view`}
        data-autofocus
        value={view}
        onChange={(event) =>
          onViewChange(EMBED_VIEWS.find((v) => v === event.target.value) ?? 'all')
        }
      >
        {EMBED_VIEWS.map((v) => (
          <option key={v} value={v}>
            {EMBED_VIEW_NAMES[v].replace(/^./, (c) => c.toUpperCase())}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-width`}>Width (px)</label>
      <input
        id={`${id}-width`}
        type="number"
        min={LIMITS.width[0]}
        max={LIMITS.width[1]}
        value={width}
        disabled={fullWidth}
        onChange={(event) => {
          setWidth(event.target.value);
          const value = sizeValue(event.target.value, LIMITS.width);
          if (value !== null) onSizeChange({ ...size, width: value });
        }}
      />
      <label className="embed-options__check">
        <input
          type="checkbox"
          checked={fullWidth}
          onChange={(event) =>
            onSizeChange({ ...size, width: event.target.checked ? '100%' : lastWidth })
          }
        />
        100% width
      </label>
      <label htmlFor={`${id}-height`}>Height (px)</label>
      <input
        id={`${id}-height`}
        type="number"
        min={LIMITS.height[0]}
        max={LIMITS.height[1]}
        value={height}
        onChange={(event) => {
          setHeight(event.target.value);
          const value = sizeValue(event.target.value, LIMITS.height);
          if (value !== null) onSizeChange({ ...size, height: value });
        }}
      />
      {location !== null && (
        <label className="embed-options__check embed-options__wide">
          <input
            type="checkbox"
            checked={location}
            onChange={(event) => onLocationChange(event.target.checked)}
          />
          Let readers use their location to find the nearest site (allow=&quot;geolocation&quot;)
        </label>
      )}
    </div>
  );
}
