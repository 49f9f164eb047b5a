// npm run --silent extract -- [--json | --explain] <file|dir>…
import { runMain } from './command.ts';
import { extractCommand } from './commands/extract.ts';

runMain(extractCommand);
