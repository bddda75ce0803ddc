/** The logger every module receives through its deps; the action shells back it with the runner's workflow commands. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}
