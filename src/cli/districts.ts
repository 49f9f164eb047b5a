// npm run --silent districts — prints the district polygons the map draws (geo/districts.geojson,
import { runMain } from './command.ts';
import { districtsCommand } from './commands/districts.ts';

runMain(districtsCommand);
