// npm run --silent districts — prints the district polygons the map draws (geo/districts.geojson,
// ours or a user's replacement) as one GeoJSON FeatureCollection, after validating it.
import { readFileSync } from 'node:fs';
import { parsePlaces, GazetteerError } from '../geo/places.ts';
import { validateDistricts } from '../geo/validate-districts.ts';

const FILE = 'geo/districts.geojson';

try {
  const places = parsePlaces(readFileSync('geo/places.csv', 'utf8'), 'geo/places.csv');
  const text = readFileSync(FILE, 'utf8');
  const { errors, warnings } = validateDistricts(JSON.parse(text), places);
  for (const w of warnings) console.error(`${FILE}: warning: ${w}`);
  if (errors.length > 0) {
    for (const e of errors) console.error(`${FILE}: ${e}`);
    process.exitCode = 1;
  } else process.stdout.write(text);
} catch (e) {
  if (!(e instanceof GazetteerError) && !(e instanceof SyntaxError)) throw e;
  console.error(e instanceof SyntaxError ? `${FILE}: not valid JSON: ${e.message}` : e.message);
  process.exitCode = 1;
}
