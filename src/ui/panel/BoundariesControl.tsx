import { useId, useRef, useState } from 'react';
import type { DistrictCollection } from '../../frontline/topology.ts';
import { districtsFromFile, type KnownPlace } from '../../geo/user/in-browser.ts';
import { boundaryCredit } from '../../geo/credit.ts';

export interface BoundariesControlProps {
  places: readonly KnownPlace[];
  /** The boundaries drawn now (their credit is shown). */
  current: DistrictCollection;
  /** Whether the drawn boundaries are the user's (then they can go back). */
  loaded: boolean;
  onLoad: (districts: DistrictCollection) => void;
  onReset: () => void;
}

/**
 * "Load boundaries…": a GeoJSON file of the user's own district polygons, joined to the gazetteer
 * by name; the map redraws with them at once. A bad file leaves the map as it is and says why.
 */
export function BoundariesControl({ places, current, loaded, onLoad, onReset }: BoundariesControlProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);

  async function readChosen(file: File) {
    try {
      const districts = districtsFromFile(await file.text(), file.name, places);
      onLoad(districts);
      setMessage({ kind: 'done', text: `${file.name}: ${districts.features.length} districts drawn` });
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    }
  }

  return (
    <section className="boundaries" aria-labelledby={`${id}-h`} data-testid="boundaries">
      <h2 className="panel__heading" id={`${id}-h`}>
        Boundaries
      </h2>
      <p className="boundaries__credit" data-testid="boundaries-credit">
        {boundaryCredit(current)}
      </p>
      <input
        ref={input}
        type="file"
        accept=".geojson,.json,application/geo+json,application/json"
        className="visually-hidden"
        data-testid="boundaries-file"
        aria-label="Boundary file (GeoJSON)"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void readChosen(file);
        }}
      />
      <button type="button" onClick={() => input.current?.click()} data-testid="boundaries-load">
        Load boundaries…
      </button>
      {loaded && (
        <button
          type="button"
          onClick={() => {
            onReset();
            setMessage(null);
          }}
          data-testid="boundaries-reset"
        >
          Back to the built-in boundaries
        </button>
      )}
      {message && (
        <p
          className={`boundaries__message boundaries__message--${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="boundaries-message"
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
