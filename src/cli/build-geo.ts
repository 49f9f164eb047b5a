// npm run geo — rebuilds geo/districts.geojson and geo/outline.geojson from the CSR boundaries
// (geo/sources/) and geo/places.csv, after validating them and the baseline. Deterministic.
//   npm run geo -- --report      also lists every place and how it is drawn
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildGeo, geoJsonText } from '../geo/build.ts';
import { GazetteerError, parseBaseline } from '../geo/places.ts';
import { cleanCoverage } from './geo/clean-coverage.ts';
import { drawnReport } from '../geo/coverage/report.ts';

const PLACES = 'geo/places.csv';
const CSR = 'geo/sources/csr_aleppo_neighborhoods.geojson';
const BASELINE = 'geo/baseline-2016-11-15.csv';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { report: { type: 'boolean', default: false } } });
  const geo = await buildGeo({
    placesText: readFileSync(PLACES, 'utf8'),
    placesFile: PLACES,
    csr: JSON.parse(readFileSync(CSR, 'utf8')),
    clean: cleanCoverage,
  });
  parseBaseline(readFileSync(BASELINE, 'utf8'), BASELINE, geo.places); // validate only
  writeFileSync('geo/outline.geojson', geoJsonText(geo.outline));
  writeFileSync('geo/districts.geojson', geoJsonText(geo.districts));
  writeFileSync('geo/landmarks.geojson', geoJsonText(geo.landmarks));
  if (values.report) process.stdout.write(drawnReport(geo));
  console.error(`geo: wrote geo/outline.geojson, geo/districts.geojson (${geo.districts.features.length} districts) and geo/landmarks.geojson (${geo.landmarks.features.length} landmarks)`);
}

main().catch((e: unknown) => {
  if (!(e instanceof GazetteerError)) throw e;
  console.error(e.message);
  process.exitCode = 1;
});
