import { useMemo } from 'react';
import type L from 'leaflet';
import type { ControlState, IsoDate } from '../types.ts';
import type { MapData } from './lib/loadData.ts';
import { useDayIndex } from './hooks/useDayIndex.ts';
import { AleppoMap } from './map/AleppoMap.tsx';
import { DateSlider } from './panel/DateSlider.tsx';
import { Legend } from './panel/Legend.tsx';
import { DistrictStates } from './panel/DistrictStates.tsx';
import { DayChanges } from './panel/DayChanges.tsx';
import { About } from './panel/About.tsx';
import { changesOn } from '../timeline/changes.ts';

export interface ExplorerProps {
  data: MapData;
  initialDate: IsoDate | null;
  tileUrl: string | null;
  renderer?: L.Renderer;
  exposeMap?: boolean;
  /** Write the selected date to the address bar. */
  permalink?: boolean;
}

function countBySide(districtIds: readonly string[], control: Record<string, ControlState>) {
  const counts: Partial<Record<ControlState, number>> = {};
  for (const id of districtIds) {
    const state = control[id] ?? 'unknown';
    counts[state] = (counts[state] ?? 0) + 1;
  }
  return counts;
}

/** The map and its panel, once the data is loaded. */
export function Explorer({ data, initialDate, tileUrl, renderer, exposeMap, permalink = false }: ExplorerProps) {
  const { districts, timeline } = data;
  const [index, setIndex] = useDayIndex(timeline.days, initialDate, permalink);
  const day = timeline.days[index]!;
  const dates = useMemo(() => timeline.days.map((d) => d.date), [timeline]);
  const ids = useMemo(() => districts.features.map((f) => f.properties.id), [districts]);
  const counts = useMemo(() => countBySide(ids, day.control), [ids, day]);
  const names = useMemo(() => new Map(districts.features.map((f) => [f.properties.id, f.properties])), [districts]);
  const changes = useMemo(() => changesOn(timeline.days, index, ids), [timeline, index, ids]);

  return (
    <>
      <main className="app__map" data-testid="map">
        <AleppoMap
          districts={districts}
          control={day.control}
          date={day.date}
          tileUrl={tileUrl}
          renderer={renderer}
          exposeMap={exposeMap}
        />
      </main>
      <aside className="app__panel">
        <DateSlider dates={dates} index={index} onChange={setIndex} />
        <Legend counts={counts} />
        <DayChanges changes={changes} names={names} isFirstDay={index === 0} />
        <About />
        <DistrictStates districts={districts} control={day.control} date={day.date} />
      </aside>
    </>
  );
}
