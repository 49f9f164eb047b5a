// npm run export -- --date 2016-12-06 --out map.png [--width --height --scale | --paper a4-landscape]
//                   [--format png|svg|gif|zip] [--from 2016-11-15 --to 2016-12-22]
// Draws the same SVG as the app's Export action, from public/data/, and rasterises it with resvg.
import { exportCommand } from './exportCommand.ts';

process.exitCode = exportCommand(process.argv.slice(2), process.stderr);
