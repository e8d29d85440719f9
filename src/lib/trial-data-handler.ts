import { answerRead } from './read-trial-data';
import type { TrialDataReply } from './trial-data-reply';
import { trialDataRequestSchema } from './trial-data-request';
import type { TrialDataKind } from './trial-data-schemas';

/**
 * The data worker's message handling, as a plain function (trial-data-worker.ts wires it to the
 * worker's own messages; tests call it directly): each read request is answered with one reply
 * through `post`; a cancel aborts that read's fetch and its reply is never posted; anything that
 * is not a request is ignored.
 */
export function handleTrialDataMessages(
  post: (reply: TrialDataReply<TrialDataKind>) => void,
): (data: unknown) => void {
  const reading = new Map<number, AbortController>();
  return (data) => {
    const parsed = trialDataRequestSchema.safeParse(data);
    if (!parsed.success) return;
    const request = parsed.data;
    if (request.type === 'cancel') {
      reading.get(request.id)?.abort();
      reading.delete(request.id);
      return;
    }
    const controller = new AbortController();
    reading.set(request.id, controller);
    void answerRead(request, controller.signal).then((reply) => {
      if (reading.delete(request.id)) post(reply);
    });
  };
}
