import type L from 'leaflet';
import { useMapData } from './hooks/useMapData.ts';
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
  const state = useMapData(options.dataPath ? new URL(options.dataPath, base).href : base);
  return (
    <div className="app">
      <Header />
      {state.status === 'loading' && <StatusBox kind="loading" message="Loading the map data…" />}
      {state.status === 'error' && <StatusBox kind="error" message={state.message} />}
      {state.status === 'ready' && (
        <Explorer
          data={state.data}
          initial={options.view}
          initialDate={options.date}
          tileUrl={options.baseTileUrl ?? options.tileUrl}
          renderer={renderer}
          exposeMap={options.exposeMap}
          permalink
        />
      )}
    </div>
  );
}
