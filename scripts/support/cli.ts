import { parseArgs, type ParseArgsOptionsConfig } from "node:util";

/** A command-line script's name and usage line, for its error messages. */
export interface Command {
  name: string;
  usage: string;
}

/** Prints `name: message` on standard error and exits with status 1 (a usage or input error). */
export function fail(command: Command, message: string): never {
  console.error(`${command.name}: ${message}`);
  process.exit(1);
}

/** Returns the script's parsed arguments (positionals allowed), or exits with the usage line when they do not parse. */
export function readArguments<Options extends ParseArgsOptionsConfig>(command: Command, options: Options) {
  try {
    return parseArgs({ allowPositionals: true, options });
  } catch (error) {
    return fail(command, `${(error as Error).message}\n${command.usage}`);
  }
}
