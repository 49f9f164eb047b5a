// npm run geo — rebuilds geo/outline.geojson and geo/districts.geojson from geo/places.csv
// (and geo/anchors.csv when present), after validating them and the baseline.
// Output is byte-for-byte deterministic.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildGeo, geoJsonText } from '../geo/build.ts';
import { GazetteerError, parseBaseline } from '../geo/places.ts';

const PLACES = 'geo/places.csv';
const ANCHORS = 'geo/anchors.csv';
const BASELINE = 'geo/baseline-2016-11-15.csv';

function main(): void {
  const { districts, outline, places } = buildGeo({
    placesText: readFileSync(PLACES, 'utf8'),
    placesFile: PLACES,
    anchorsText: existsSync(ANCHORS) ? readFileSync(ANCHORS, 'utf8') : null,
    anchorsFile: ANCHORS,
  });
  parseBaseline(readFileSync(BASELINE, 'utf8'), BASELINE, places); // validate only
  writeFileSync('geo/outline.geojson', geoJsonText(outline));
  writeFileSync('geo/districts.geojson', geoJsonText(districts));
  console.error(`geo: wrote geo/outline.geojson and geo/districts.geojson (${districts.features.length} districts)`);
}

try {
  main();
} catch (e) {
  if (!(e instanceof GazetteerError)) throw e;
  console.error(e.message);
  process.exitCode = 1;
}
