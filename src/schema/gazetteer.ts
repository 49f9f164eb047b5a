// The gazetteer's CSV rows (geo/places.csv, geo/baseline-2016-11-15.csv), as geo/ defines and
// checks them; gathered here so the schema module covers every file.
export { placeRow as placeRowSchema } from '../geo/places.ts';
export { baselineRow as baselineRowSchema } from '../geo/baseline.ts';
