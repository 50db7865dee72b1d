import { text } from '../http/openapi/response-schema';

/** The stream itself: Server-Sent Events, each named `notice`, with a notice as its JSON data. */
export const NOTICE_STREAM = text(
  'An endless `text/event-stream`. Each event is `event: notice`, `id: <position>` and `data: {"kind": "consultation" | "training-session", "id": "<uuid>", "type": "<event type>", "position": "<position>"}`; comment lines keep the connection alive.',
);
