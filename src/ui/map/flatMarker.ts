import L from 'leaflet';

type Placed = L.Marker & { _icon?: HTMLElement & { _leaflet_pos?: L.Point }; _zIndex: number; _resetZIndex(): void };

/**
 * A marker placed with a plain 2D translate. Leaflet places markers with `translate3d`, and
 * Chromium gives every element so placed a compositing layer of its own: two dozen names over
 * the map were two dozen layers, re-sorted and committed on every frame of the slider. Placed
 * in 2D, the names share one layer and look the same. Leaflet 1.9's `_setPos`, `_icon`,
 * `_zIndex` and `_resetZIndex` are private (stable since 1.0); `_leaflet_pos` is what its own
 * placement records for `L.DomUtil.getPosition`.
 */
export const FlatMarker = L.Marker.extend({
  _setPos(this: Placed, pos: L.Point) {
    const icon = this._icon;
    if (icon) {
      icon._leaflet_pos = pos;
      icon.style.transform = `translate(${pos.x}px,${pos.y}px)`;
    }
    this._zIndex = pos.y + (this.options.zIndexOffset ?? 0);
    this._resetZIndex();
  },
}) as unknown as new (
  latlng: L.LatLngExpression,
  options?: L.MarkerOptions,
) => L.Marker;

export const flatMarker = (latlng: L.LatLngExpression, options?: L.MarkerOptions): L.Marker => new FlatMarker(latlng, options);
