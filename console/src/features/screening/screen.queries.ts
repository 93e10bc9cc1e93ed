import { useMutation } from '@tanstack/react-query';
import { type ScreenRequest, screenText } from './screen.api';
import { toScreenResult } from './screen-result';

/** Screening a text changes nothing on the server, but it is run on demand, so it is a mutation. */
export function useScreenText() {
  return useMutation({ mutationFn: (request: ScreenRequest) => screenText(request).then(toScreenResult) });
}
