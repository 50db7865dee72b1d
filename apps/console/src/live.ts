import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, sawPosition, unwrap } from './api/client';

interface Notice {
  kind: 'consultation' | 'training-session';
  id: string;
  type: string;
  position: string;
}

const RECONNECT_MS = 2000;

/**
 * Listens to the API's notices (Server-Sent Events) and refreshes what they touch: the next reads
 * carry the notice's position as `minPosition`, so they show what was announced. An EventSource
 * sends no Authorization header, and a bearer token must never sit in a URL: each connection asks
 * for a single-use ticket of 30 seconds and opens the stream with that. The browser's own
 * reconnection would present a spent ticket, so a dropped stream is closed and opened anew here.
 */
export function useLiveNotices(): void {
  const client = useQueryClient();
  useEffect(() => {
    let stopped = false;
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onNotice = (notice: Notice) => {
      sawPosition(notice.position);
      if (notice.kind === 'consultation') {
        void client.invalidateQueries({ queryKey: ['consultations'] });
        void client.invalidateQueries({ queryKey: ['consultation', notice.id] });
      }
      if (notice.kind === 'training-session') {
        void client.invalidateQueries({ queryKey: ['training-sessions'] });
        void client.invalidateQueries({ queryKey: ['training-session', notice.id] });
      }
      void client.invalidateQueries({ queryKey: ['stats'] });
    };
    const reconnectLater = () => {
      if (!stopped) timer = setTimeout(() => void connect(), RECONNECT_MS);
    };
    const connect = async () => {
      try {
        const { ticket } = await unwrap<{ ticket: string }>(api.POST('/v1/notifications/tickets'));
        if (stopped) return;
        source = new EventSource(`/v1/notifications/stream?ticket=${encodeURIComponent(ticket)}`);
        source.addEventListener('notice', (event) => onNotice(JSON.parse((event as MessageEvent<string>).data) as Notice));
        source.onerror = () => {
          source?.close();
          reconnectLater();
        };
      } catch {
        reconnectLater(); // no ticket now (signed out, or the API is restarting): try again shortly
      }
    };
    void connect();
    return () => {
      stopped = true;
      source?.close();
      clearTimeout(timer);
    };
  }, [client]);
}
