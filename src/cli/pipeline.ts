// npm run pipeline: everything the app loads, written to public/data/.
import { runMain } from './command.ts';
import { pipelineCommand } from './commands/pipeline.ts';

runMain(pipelineCommand);
