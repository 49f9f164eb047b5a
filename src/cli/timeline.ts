// npm run --silent timeline -- [--json] [--articles DIR] [--mode now|then]
import { runMain } from './command.ts';
import { timelineCommand } from './commands/timeline.ts';

runMain(timelineCommand);
