import { lazy, Suspense, useState } from 'react';
import type L from 'leaflet';
import { useMapData } from './hooks/useMapData.ts';
import type { MapData } from './lib/loadData.ts';
import { useReports } from './reports/useReports.ts';

// Your reports (the form, the review, the ZIP) in a chunk of their own, loaded after the map.
const ReportsPanel = lazy(() => import('./reports/ReportsPanel.tsx').then((m) => ({ default: m.ReportsPanel })));
import type { UrlOptions } from './lib/urlOptions.ts';
import { Explorer } from './Explorer.tsx';
import { Header } from './Header.tsx';
import { StatusBox } from './StatusBox.tsx';

export interface AppProps {
  /** Base URL the `data/` files are fetched from (the page's own address). */
  base: string;
  options: UrlOptions;
  renderer?: L.Renderer;
}

export function App({ base, options, renderer }: AppProps) {
  const dataBase = options.dataPath ? new URL(options.dataPath, base).href : base;
  const state = useMapData(dataBase);
  const [reviewing, setReviewing] = useState(false);
  return (
    <div className={reviewing ? 'app app--reviewing' : 'app'}>
      <Header />
      {state.status === 'loading' && <StatusBox kind="loading" message="Loading the map data…" />}
      {state.status === 'error' && <StatusBox kind="error" message={state.message} />}
      {state.status === 'ready' && <WithReports base={dataBase} loaded={state.data} options={options} renderer={renderer} onReviewing={setReviewing} />}
    </div>
  );
}

/** The map with the reader's own reports and decisions run through the pipeline (src/ui/reports/). */
function WithReports({
  base,
  loaded,
  options,
  renderer,
  onReviewing,
}: {
  base: string;
  loaded: MapData;
  options: UrlOptions;
  renderer?: L.Renderer;
  onReviewing(open: boolean): void;
}) {
  const reports = useReports(base, loaded, options.exposeMap);
  return (
    <Explorer
      data={reports.data}
      initial={options.view}
      initialDate={options.date}
      tileUrl={options.baseTileUrl ?? options.tileUrl}
      renderer={renderer}
      exposeMap={options.exposeMap}
      permalink
      workspace={(show) =>
        reports.available && (
          <Suspense fallback={null}>
            <ReportsPanel reports={reports} places={reports.data.places ?? []} onShow={show} onReviewing={onReviewing} />
          </Suspense>
        )
      }
    />
  );
}
