/** The center refused a request; `messages` are shown to the user as they are. */
export class SubmitRefusedError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join('\n'));
    this.name = 'SubmitRefusedError';
  }
}
