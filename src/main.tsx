import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'leaflet/dist/leaflet.css';
import './ui/styles.css';
import { App } from './ui/App.tsx';
import { readUrlOptions } from './ui/lib/urlOptions.ts';

const options = readUrlOptions(window.location.search, {
  tileUrl: import.meta.env.VITE_TILE_URL as string | undefined,
  dev: import.meta.env.DEV,
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App base={document.baseURI} options={options} />
  </StrictMode>,
);
