import { useId, useState } from 'react';
import type { TimelineMode } from '../../types.ts';
import { isTileTemplate } from '../lib/permalink.ts';
import type { Basemap, LabelLang, LayerKey, Layers } from '../lib/viewState.ts';

export interface LayersControlProps {
  layers: Layers;
  onLayers: (layers: Layers) => void;
  labelLang: LabelLang;
  onLabelLang: (lang: LabelLang) => void;
  mode: TimelineMode;
  onMode: (mode: TimelineMode) => void;
  /** False while the pipeline has written no states-then.json. */
  thenAvailable: boolean;
  basemap: Basemap;
  onBasemap: (basemap: Basemap) => void;
}

const LAYER_LABELS: Record<LayerKey, string> = {
  fill: 'Control (fill)',
  front: 'Front line',
  labels: 'District names',
  changes: 'Highlight this day’s changes',
};

/** Layer switches, label language, hindsight or as known then, and the basemap. */
export function LayersControl(props: LayersControlProps) {
  const { layers, onLayers, labelLang, onLabelLang, mode, onMode, thenAvailable, basemap, onBasemap } = props;
  const id = useId();
  const [custom, setCustom] = useState(basemap.kind === 'custom' ? basemap.url : '');
  const customOk = isTileTemplate(custom);

  return (
    <section className="layers" aria-labelledby={`${id}-h`} data-testid="layers">
      <h2 className="panel__heading" id={`${id}-h`}>
        Layers
      </h2>
      <fieldset>
        <legend className="visually-hidden">Map layers</legend>
        {(Object.keys(LAYER_LABELS) as LayerKey[]).map((k) => (
          <label key={k} className="layers__check">
            <input type="checkbox" data-layer={k} checked={layers[k]} onChange={(e) => onLayers({ ...layers, [k]: e.currentTarget.checked })} />
            {LAYER_LABELS[k]}
          </label>
        ))}
      </fieldset>
      <fieldset className="layers__row">
        <legend>Names in</legend>
        <label>
          <input type="radio" name={`${id}-lang`} value="en" checked={labelLang === 'en'} onChange={() => onLabelLang('en')} /> English
        </label>
        <label>
          <input type="radio" name={`${id}-lang`} value="ar" checked={labelLang === 'ar'} onChange={() => onLabelLang('ar')} /> <span lang="ar">العربية</span>
        </label>
      </fieldset>
      <fieldset className="layers__row">
        <legend>Reports</legend>
        <label>
          <input type="radio" name={`${id}-mode`} value="now" data-mode="now" checked={mode === 'now'} onChange={() => onMode('now')} /> All, as known now
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            value="then"
            data-mode="then"
            checked={mode === 'then'}
            disabled={!thenAvailable}
            aria-describedby={thenAvailable ? undefined : `${id}-then-note`}
            onChange={() => onMode('then')}
          />{' '}
          Only those published by that day
        </label>
        {!thenAvailable && (
          <p className="layers__note" id={`${id}-then-note`}>
            Not in this data set yet (no states-then.json).
          </p>
        )}
      </fieldset>
      <fieldset className="layers__row">
        <legend>Basemap</legend>
        <label>
          <input
            type="radio"
            name={`${id}-tiles`}
            value="none"
            data-basemap="none"
            checked={basemap.kind === 'none'}
            onChange={() => onBasemap({ kind: 'none' })}
          />{' '}
          None
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-tiles`}
            value="osm"
            data-basemap="osm"
            checked={basemap.kind === 'osm' || (basemap.kind === 'custom' && !!basemap.pending)}
            onChange={() => onBasemap({ kind: 'osm' })}
          />{' '}
          OpenStreetMap
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-tiles`}
            value="custom"
            data-basemap="custom"
            checked={basemap.kind === 'custom' && !basemap.pending}
            disabled={!customOk}
            onChange={() => onBasemap({ kind: 'custom', url: custom })}
          />{' '}
          Custom
        </label>
        <label className="layers__url">
          <span>Tile URL template</span>
          <input
            type="url"
            placeholder="https://…/{z}/{x}/{y}.png"
            value={custom}
            aria-invalid={custom !== '' && !customOk}
            onChange={(e) => setCustom(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && customOk) onBasemap({ kind: 'custom', url: custom });
            }}
          />
        </label>
      </fieldset>
    </section>
  );
}
