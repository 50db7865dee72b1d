import type { ApiParamOptions } from '@nestjs/swagger';
import { CASE_KIND_NAMES, CASE_KINDS } from '@telemed/audit';

/** The kind of case, named alike on every audit route. */
export const CASE_KIND_PARAM: ApiParamOptions = {
  name: 'kind',
  enum: [...CASE_KINDS, ...CASE_KINDS.map((kind) => `${kind}s`)],
  description: `the kind of case: ${CASE_KIND_NAMES}; any other answers 400 with code unknown-case-kind, listing the valid ones`,
};

export const STREAM_ID_PARAM: ApiParamOptions = {
  name: 'streamId',
  description:
    'a stream id (`consultation-<id>`, `case-review-<id>`, `training-session-<id>`, `hospital-<id>`, `partnership-<id>`, ' +
    '`expert-<id>`, `patient-data-<keyId>`), or the raw id of a case or of the network: it is resolved to the one ' +
    'aggregate stream that holds events under it (the answer names it in `streamId`). A raw id with events in more ' +
    'than one aggregate stream answers 409 with code ambiguous-stream-id, naming those streams.',
};
