import { describe, expect, it } from 'vitest';
import { tileLayerSetting } from './tile-layer-setting';

describe('tileLayerSetting', () => {
  it('is off unless the deployer sets a tile URL', () => {
    expect(tileLayerSetting({})).toBeNull();
  });

  it('reads an https template and its attribution', () => {
    expect(
      tileLayerSetting({
        VITE_TILE_URL: 'https://tile.example.org/{z}/{x}/{y}.png',
        VITE_TILE_ATTRIBUTION: '© Example',
      }),
    ).toEqual({ url: 'https://tile.example.org/{z}/{x}/{y}.png', attribution: '© Example' });
  });

  it('ignores a URL that is not an https template', () => {
    expect(
      tileLayerSetting({ VITE_TILE_URL: 'http://tiles.example.org/{z}/{x}/{y}.png' }),
    ).toBeNull();
    expect(tileLayerSetting({ VITE_TILE_URL: 'https://tiles.example.org/tile.png' })).toBeNull();
  });
});
