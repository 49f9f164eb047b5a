// One schema module for every file the pipeline reads or writes. `check` runs a schema over a
// loaded value and names the file and the field of what is wrong; the typed checkers (check.ts)
// are what the CLI, the map and the exporter call. The CSV rows of the gazetteer are in
// gazetteer.ts (not imported here: their parser needs Node's Buffer, and the map imports this
// module); every schema by file, for docs/schemas/, is in jsonSchema.ts.
import { daySchema, districtsSchema, eventsSchema, frontlinesSchema, placesJsonSchema, statesSchema, timelineSchema } from './data.ts';
import { frontMatterSchema } from './article.ts';

export { check, checkDay, checkDistricts, checkEvents, checkFrontlines, checkPlacesJson, checkStates, checkTimeline } from './check.ts';
export { frontMatterSchema, daySchema, districtsSchema, eventsSchema, frontlinesSchema, placesJsonSchema, statesSchema, timelineSchema };
