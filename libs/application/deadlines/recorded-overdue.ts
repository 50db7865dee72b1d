/** What recording one overdue deadline wrote: how many events (0 or 1) and the log position after it. */
export interface RecordedOverdue {
  id: string;
  position: string;
  eventCount: number;
}
