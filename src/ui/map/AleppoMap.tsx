import { memo, useMemo, type Ref } from 'react';
import L from 'leaflet';
import { MapContainer, ScaleControl } from 'react-leaflet';
import type { MultiLineString } from 'geojson';
import type { DistrictCollection } from '../../types.ts';
import type { Look } from '../../look/districtLook.ts';
import type { LabelPoint } from '../../look/labelPoints.ts';
import type { LabelLang, Layers, MapView } from '../lib/viewState.ts';
import { BaseTiles } from './BaseTiles.tsx';
import { DistrictLayer } from './DistrictLayer.tsx';
import { FrontlineLayer } from './FrontlineLayer.tsx';
import { StippleLayer } from './StippleLayer.tsx';
import { districtCanvas, drawsStipple } from './districtCanvas.ts';
import { DistrictLabels } from './DistrictLabels.tsx';
import { SelectedOutline } from './SelectedOutline.tsx';
import { ViewSync } from './ViewSync.tsx';
import { ExposeMap } from './ExposeMap.tsx';
import { LandmarksLayer } from './LandmarksLayer.tsx';
import type { LandmarkCollection } from '../../geo/landmarks.ts';
import { boundaryCredit } from '../../geo/credit.ts';
import { simplifyCoverage, DISPLAY_TOLERANCE_M } from '../../geo/simplify.ts';

export interface AleppoMapProps {
  districts: DistrictCollection;
  /** The city context drawn without tiles (landmarks.geojson), if the pipeline wrote it. */
  landmarks?: LandmarkCollection | null;
  looks: ReadonlyMap<string, Look>;
  /** The baseline-only districts, stippled by one overlay (and the key of that set). */
  stippled?: { ids: readonly string[]; key: string };
  front: MultiLineString;
  labels: readonly LabelPoint[];
  layers: Layers;
  labelLang: LabelLang;
  selected: string | null;
  onSelect: (id: string) => void;
  /** Tile URL template; null draws no basemap. */
  tileUrl: string | null;
  customTiles?: boolean;
  view: MapView | null;
  onView: (view: MapView) => void;
  /** Vector renderer; canvas by default, `L.svg()` where there is no canvas (jsdom). */
  renderer?: L.Renderer;
  exposeMap?: boolean;
  mapRef?: Ref<L.Map>;
}

/**
 * The layers a new day leaves alone, memoised: a step of the slider re-renders the map for the
 * districts and the front, and these skip the render (their props do not change with the day).
 */
const Stipple = memo(StippleLayer);
const Landmarks = memo(LandmarksLayer);
const Outline = memo(SelectedOutline);
const Labels = memo(DistrictLabels);
const Sync = memo(ViewSync);

/** A number per district collection seen: <GeoJSON> ignores new data, so new boundaries remount it. */
const generations = new WeakMap<object, number>();
let seen = 0;
function generationOf(districts: object): number {
  if (!generations.has(districts)) generations.set(districts, ++seen);
  return generations.get(districts)!;
}

export function AleppoMap(props: AleppoMapProps) {
  const {
    districts,
    landmarks,
    looks,
    stippled,
    front,
    labels,
    layers,
    labelLang,
    selected,
    onSelect,
    tileUrl,
    customTiles,
    view,
    onView,
    renderer,
    exposeMap = false,
    mapRef,
  } = props;
  const bounds = useMemo(() => L.geoJSON(districts).getBounds(), [districts]);
  // The screen draws a topology-preserving simplification (neighbours keep identical borders).
  const shapes = useMemo(() => simplifyCoverage(districts, DISPLAY_TOLERANCE_M), [districts]);
  const mapRenderer = useMemo(() => renderer ?? districtCanvas({ padding: 0 }), [renderer]);
  const start = view ? { center: L.latLng(view.lat, view.lng), zoom: view.zoom } : { bounds, boundsOptions: { padding: [12, 12] as [number, number] } };

  return (
    <MapContainer
      ref={mapRef}
      className="map"
      {...start}
      minZoom={10}
      maxZoom={18}
      zoomSnap={0.25}
      renderer={mapRenderer}
      aria-label="Map of East Aleppo's districts"
    >
      {tileUrl && <BaseTiles url={tileUrl} custom={customTiles} />}
      <DistrictLayer
        key={generationOf(districts)}
        districts={shapes}
        credit={boundaryCredit(districts)}
        looks={looks}
        selected={selected}
        fill={layers.fill}
        changes={layers.changes}
        onSelect={onSelect}
      />
      {stippled && !drawsStipple(mapRenderer) && (
        <Stipple key={`stipple-${generationOf(districts)}`} districts={shapes} ids={stippled.ids} idsKey={stippled.key} visible={layers.fill} />
      )}
      <FrontlineLayer front={front} visible={layers.front} />
      <Landmarks landmarks={landmarks} lang={labelLang} visible={layers.labels} />
      <Outline districts={shapes} selected={selected} />
      <Labels points={labels} lang={labelLang} visible={layers.labels} selected={selected} />
      <ScaleControl position="bottomleft" imperial={false} />
      <Sync view={view} onView={onView} />
      {exposeMap && <ExposeMap />}
    </MapContainer>
  );
}
