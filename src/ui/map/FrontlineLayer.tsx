import { GeoJSON } from 'react-leaflet';
import type { MultiLineString } from 'geojson';
import { FRONTLINE } from '../lib/palette.ts';

/** The day's front: a dark line on a light casing. Its parent remounts it per day (`key={date}`). */
export function FrontlineLayer({ front }: { front: MultiLineString }) {
  if (front.coordinates.length === 0) return null;
  return (
    <>
      <GeoJSON
        data={front}
        interactive={false}
        style={{ color: FRONTLINE.casing, weight: FRONTLINE.casingWeight, opacity: 0.85, lineCap: 'round', lineJoin: 'round' }}
      />
      <GeoJSON
        data={front}
        interactive={false}
        style={{ color: FRONTLINE.color, weight: FRONTLINE.weight, opacity: 1, lineCap: 'round', lineJoin: 'round' }}
      />
    </>
  );
}
