// Entry point of the marketplace simulator process: `tsx src/simulator/main.ts --help`.
import { buildSimulatorCommand } from './cli.js';

await buildSimulatorCommand().name('xinren-simulator').parseAsync(process.argv);
