import { memo, useCallback, useDeferredValue, useMemo, useRef, useState, type ReactNode } from 'react';
import type L from 'leaflet';
import type { IsoDate } from '../types.ts';
import type { MapData } from './lib/loadData.ts';
import { DEFAULT_VIEW_STATE, type MapView, type ViewState } from './lib/viewState.ts';
import { dayIndexOf } from './hooks/useDayIndex.ts';
import { useViewState, type HistoryMode } from './hooks/useViewState.ts';
import { effectiveMode, useDayModel, useStates } from './hooks/useDayModel.ts';
import { useFront } from './hooks/useFront.ts';
import { useEvidence } from './hooks/useEvidence.ts';
import { usePlayback } from './hooks/usePlayback.ts';
import { useShortcuts } from './hooks/useShortcuts.ts';
import { useDistrictBounds } from './hooks/useDistrictBounds.ts';
import { useSearchIndex } from './search/useSearchIndex.ts';
import type { SearchHit } from './search/searchIndex.ts';
import { labelPoints } from '../look/labelPoints.ts';
import { controlStrip } from './lib/dayModel.ts';
import { AleppoMap } from './map/AleppoMap.tsx';
import { SearchBox } from './search/SearchBox.tsx';
import { TimeControls } from './panel/TimeControls.tsx';
import { Legend } from './panel/Legend.tsx';
import { LayersControl } from './panel/LayersControl.tsx';
import { DistrictPanel } from './panel/DistrictPanel.tsx';
import { DistrictStates } from './panel/DistrictStates.tsx';
import { DayChanges } from './panel/DayChanges.tsx';
import { About } from './panel/About.tsx';
import { TilesPrompt } from './panel/TilesPrompt.tsx';
import { BoundariesControl } from './panel/BoundariesControl.tsx';
import type { DistrictCollection } from '../types.ts';
import { SelectionChip } from './panel/SelectionChip.tsx';
import { ExportPanel } from './export/ExportPanel.tsx';
import { CopyButton } from './panel/CopyButton.tsx';
import { MapLegend } from './panel/MapLegend.tsx';
import { citationText, dayCitationText } from './lib/citation.ts';
import { dayBasis } from '../look/words.ts';

/**
 * Parts that do not change with the day, memoised: a step of the slider (and the panels' deferred
 * render after it) skips them. React 19 rewrites an <input>'s name and type attributes on every
 * render that reaches it, and each rewrite costs the page a style recalculation.
 */
const Search = memo(SearchBox);
const Layers = memo(LayersControl);
const Boundaries = memo(BoundariesControl);
const Exporter = memo(ExportPanel);
const AboutPanel = memo(About);

export interface ExplorerProps {
  data: MapData;
  /** The view to open on (from the address). */
  initial?: ViewState;
  /** Shorthand for `initial.date`, for callers that only pick a day. */
  initialDate?: IsoDate | null;
  /** The URL template of the default basemap (OpenStreetMap, or the build's VITE_TILE_URL); null: none. */
  tileUrl: string | null;
  renderer?: L.Renderer;
  exposeMap?: boolean;
  /** Keep the view in the address, and follow back/forward. */
  permalink?: boolean;
  /** Drawn first in the side panel (the reader's reports); `show` moves the map to a day and district. */
  workspace?: (show: (date: IsoDate, district: string) => void) => ReactNode;
}

/** The map and its panels, once the data is loaded. */
export function Explorer({ data: loaded, initial, initialDate, tileUrl, renderer, exposeMap, permalink = false, workspace }: ExplorerProps) {
  // Boundaries the user loads replace the districts; the day states join them by id, and the front
  // is meshed from them here (the pipeline's lines follow the built-in shapes).
  const [userDistricts, setUserDistricts] = useState<DistrictCollection | null>(null);
  const data = useMemo(
    () => (userDistricts ? { ...loaded, districts: userDistricts, frontlines: { now: null, then: null } } : loaded),
    [loaded, userDistricts],
  );
  const { districts, timeline } = data;
  const days = timeline.days;
  const [view, update] = useViewState(
    initial ?? { ...DEFAULT_VIEW_STATE, date: initialDate ?? null, basemap: tileUrl ? DEFAULT_VIEW_STATE.basemap : { kind: 'none' } },
    permalink,
  );
  const index = dayIndexOf(days, view.date);
  const day = days[index]!;
  const dates = useMemo(() => days.map((d) => d.date), [days]);
  const drawn = useMemo(() => new Map(districts.features.map((f) => [f.properties.id, f.properties])), [districts]);
  // Names for every id the timeline may mention, drawn or not (a district with no polygon yet).
  const names = useMemo(
    () => new Map([...(data.places ?? []).map((p) => [p.id, { id: p.id, name_en: p.name_en, name_ar: p.name_ar }] as const), ...drawn]),
    [data.places, drawn],
  );
  const places = useMemo(() => data.places ?? [], [data.places]);
  const selected = view.district && drawn.has(view.district) ? view.district : null;

  const states = useStates(data);
  const mode = effectiveMode(states, view.mode);
  const model = useDayModel(data, states, view.mode, index);
  // The panels follow the map a moment later: a step paints the map in its own frame, and the
  // text (changes, legend counts, the district's reports) in the next.
  const panelIndex = useDeferredValue(index);
  const panelDay = days[panelIndex]!;
  const panel = useDayModel(data, states, view.mode, panelIndex);
  const front = useFront(data, mode, day.date, model.control);
  // A new object only when the set of baseline-only districts changes: the stipple is redrawn then only.
  const stippleRef = useRef({ ids: model.stippled, key: model.stippleKey });
  if (stippleRef.current.key !== model.stippleKey) stippleRef.current = { ids: model.stippled, key: model.stippleKey };
  const stippleSet = stippleRef.current;
  const evidence = useEvidence(data, states.places);
  const { index: search, variants } = useSearchIndex(data);
  const labels = useMemo(() => labelPoints(districts, data.places), [districts, data.places]);
  const boundsOf = useDistrictBounds(districts);
  const mapRef = useRef<L.Map>(null);

  const setIndex = useCallback(
    (i: number, how: HistoryMode = 'push') => update({ date: days[Math.max(0, Math.min(days.length - 1, i))]!.date }, how),
    [days, update],
  );
  const playback = usePlayback(
    days.length,
    index,
    useCallback((i: number) => setIndex(i, 'replace'), [setIndex]),
  );
  useShortcuts({
    step: (d) => setIndex(index + d),
    first: () => setIndex(0),
    last: () => setIndex(days.length - 1),
    togglePlay: playback.toggle,
  });

  const select = useCallback((id: string | null) => update({ district: id }), [update]);
  const show = useCallback((date: IsoDate, district: string) => update({ date, district }), [update]);
  const onView = useCallback((v: MapView) => update({ view: v }, 'replace'), [update]);
  const onLayers = useCallback((layers: ViewState['layers']) => update({ layers }), [update]);
  const onLabelLang = useCallback((labelLang: ViewState['labelLang']) => update({ labelLang }), [update]);
  const onMode = useCallback((mode: ViewState['mode']) => update({ mode }), [update]);
  const onBasemap = useCallback((basemap: ViewState['basemap']) => update({ basemap }), [update]);
  const resetBoundaries = useCallback(() => setUserDistricts(null), []);
  // The reader's reports panel: the same element from step to step.
  const work = useMemo(() => workspace?.(show), [workspace, show]);
  const onPick = useCallback(
    (hit: SearchHit) => {
      const bounds = boundsOf(hit.place.districts);
      if (bounds) mapRef.current?.flyToBounds(bounds, { maxZoom: 15, padding: [40, 40], duration: 0.6 });
      if (hit.place.districts.length === 1) select(hit.place.districts[0]!);
    },
    [boundsOf, select],
  );

  const shownStates = mode === 'then' && states.then ? states.then : states.now;
  const baselineDate = shownStates.baseline?.date ?? timeline.start;
  const basis = useMemo(
    () => (panel.detail && typeof panel.detail.reports === 'number' ? dayBasis(panel.detail, baselineDate) : null),
    [panel.detail, baselineDate],
  );
  const reportsPerDay = useMemo(
    () => (shownStates.days.every((d) => typeof d.reports === 'number') ? shownStates.days.map((d) => d.reports) : evidence.perDay),
    [shownStates, evidence.perDay],
  );
  const cite = useCallback(
    (id: string) => {
      const e = evidence.event(id);
      return e ? <CopyButton text={() => citationText(e, evidence.article(e.article), window.location.href)} /> : null;
    },
    [evidence],
  );

  const strip = useMemo(
    () => (selected ? controlStrip(selected, days, mode === 'then' ? states.byDate.then! : states.byDate.now) : []),
    [selected, days, mode, states],
  );
  // A template a link carries draws nothing until the reader accepts it; the default basemap meanwhile.
  const accepted = view.basemap.kind === 'custom' && !view.basemap.pending;
  const basemapUrl = view.basemap.kind === 'none' ? null : accepted && view.basemap.kind === 'custom' ? view.basemap.url : (tileUrl ?? null);

  // The panels follow the deferred day only: a step of the slider re-renders the map and the time
  // bar, and these in the next frame (same element, so React skips them in the step itself).
  const layers = view.layers;
  const labelLang = view.labelLang;
  const basemap = view.basemap;
  const panels = useMemo(
    () => (
      <aside className="app__panel" aria-label="Details">
        {work}
        {selected && (
          <DistrictPanel
            district={names.get(selected)!}
            variants={variants.get(selected) ?? []}
            state={panel.control[selected] ?? 'unknown'}
            detail={panel.detail?.districts[selected]}
            strip={strip}
            dates={dates}
            index={panelIndex}
            evidence={evidence}
            onPickDay={setIndex}
            onClose={() => select(null)}
            baseline={{ date: baselineDate, source: shownStates.baseline?.source, confidence: shownStates.baseline?.confidence[selected] }}
            cite={cite}
          />
        )}
        <DayChanges
          changes={panel.changes}
          names={names}
          isFirstDay={panelIndex === 0}
          evidence={evidence}
          onSelect={select}
          basis={basis}
          cite={cite}
          tools={<CopyButton testId="copy-day-citation" text={() => dayCitationText(panelDay.date, basis, panel.changes, names, window.location.href)} />}
        />
        <Legend counts={panel.counts} marks={panel.marks} baselineSource={(mode === 'then' ? states.then : states.now)?.baseline?.source} />
        <Exporter data={data} date={panelDay.date} tileUrl={basemapUrl} mode={mode} />
        <Layers
          layers={layers}
          onLayers={onLayers}
          labelLang={labelLang}
          onLabelLang={onLabelLang}
          mode={mode}
          onMode={onMode}
          thenAvailable={states.then !== null}
          basemap={basemap}
          onBasemap={onBasemap}
        />
        <Boundaries places={places} current={districts} loaded={userDistricts !== null} onLoad={setUserDistricts} onReset={resetBoundaries} />
        <AboutPanel />
        <DistrictStates districts={districts} control={panel.control} date={panelDay.date} />
      </aside>
    ),
    [
      work,
      selected,
      names,
      variants,
      panel,
      strip,
      dates,
      panelIndex,
      evidence,
      setIndex,
      select,
      baselineDate,
      shownStates,
      cite,
      basis,
      panelDay,
      mode,
      states,
      data,
      basemapUrl,
      layers,
      labelLang,
      basemap,
      onLayers,
      onLabelLang,
      onMode,
      onBasemap,
      places,
      resetBoundaries,
      userDistricts,
      districts,
    ],
  );
  const mapLegend = useMemo(() => <MapLegend counts={panel.counts} marks={panel.marks} />, [panel.counts, panel.marks]);

  return (
    <>
      <div className="app__search">
        <Search index={search} onPick={onPick} />
      </div>
      <main className="app__map" data-testid="map">
        <AleppoMap
          districts={districts}
          landmarks={data.landmarks}
          looks={model.looks}
          stippled={stippleSet}
          front={front}
          labels={labels}
          layers={view.layers}
          labelLang={view.labelLang}
          selected={selected}
          onSelect={select}
          tileUrl={basemapUrl}
          customTiles={accepted}
          view={view.view}
          onView={onView}
          renderer={renderer}
          exposeMap={exposeMap}
          mapRef={mapRef}
        />
        {view.basemap.kind === 'custom' && view.basemap.pending && (
          <TilesPrompt
            url={view.basemap.url}
            onAccept={(url) => update({ basemap: { kind: 'custom', url } })}
            onRefuse={() => update({ basemap: { kind: 'osm' } })}
          />
        )}
        {mapLegend}
        {selected && <SelectionChip district={names.get(selected)!} state={model.control[selected] ?? 'unknown'} />}
      </main>
      <div className="app__time">
        <TimeControls
          dates={dates}
          index={index}
          onChange={setIndex}
          reports={reportsPerDay}
          basis={basis}
          playing={playback.playing}
          onTogglePlay={playback.toggle}
          speed={playback.speed}
          onSpeed={playback.setSpeed}
        />
      </div>
      {panels}
    </>
  );
}
