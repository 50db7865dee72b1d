import { trainingUpcasters } from './training.upcasters';
import { UpcasterRegistry } from './upcaster-registry';

/**
 * The upcasters of this release: every reader of the log (the api, the cli, the Kafka projector,
 * exports) brings stored events to the current version of their type through them. A release that
 * changes an event's shape bumps its version by adding the upcaster from the previous one here.
 */
export function eventUpcasters(): UpcasterRegistry {
  return new UpcasterRegistry([...trainingUpcasters]);
}
