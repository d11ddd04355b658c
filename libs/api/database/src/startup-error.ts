/** A start-up failure the user can fix; the app prints its message as one line and exits. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
