// `npm run import -- paste|mt FILE …`: see USAGE in import-cli.ts.
import { runImportCli, USAGE } from './import-cli';

const args = process.argv.slice(2);
if (args.length === 0 || args.includes('--help')) {
  console.log(USAGE);
} else {
  try {
    process.exitCode = await runImportCli(args, {
      out: (line) => console.log(line),
      err: (line) => console.error(line),
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
