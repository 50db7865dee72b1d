import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { POLICY, PUBLIC_ROUTES, type PolicyEntry } from '@telemed/application/access/policy';

/**
 * Every route of the running server as `METHOD /path`, from the Fastify router itself
 * (`printRoutes`), so a route added by any controller or plugin is seen. Each line of the tree is a
 * path segment below its parent, e.g. `│   └── /:id (GET, HEAD)`. HEAD mirrors GET and OPTIONS
 * answers CORS preflights; neither is a route of its own here.
 */
export function routesOf(app: NestFastifyApplication): string[] {
  const tree = app.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false });
  const prefixes: string[] = [];
  const routes = new Set<string>();
  for (const line of tree.split('\n')) {
    const match = /^((?:[│ ] {3})*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1].length / 4;
    prefixes.length = depth;
    const path = (prefixes[depth - 1] ?? '') + match[2];
    prefixes.push(path);
    for (const method of (match[3] ?? '').split(', ').filter(Boolean)) {
      if (method !== 'HEAD' && method !== 'OPTIONS') routes.add(`${method} ${path}`);
    }
  }
  return [...routes].sort();
}

export const isPublic = (route: string) => PUBLIC_ROUTES.some((pattern) => pattern.test(route));

export function policyEntryOf(route: string): PolicyEntry | undefined {
  return (POLICY as readonly PolicyEntry[]).find((entry) => entry.routes.includes(route));
}

/** Every route the policy names, with its entry. */
export const POLICY_ROUTES: Array<[string, PolicyEntry]> = (POLICY as readonly PolicyEntry[]).flatMap((entry) =>
  entry.routes.map((route): [string, PolicyEntry] => [route, entry]),
);

/** A concrete path for a route pattern: `:kind` becomes a case kind, every other parameter `id`. */
export function pathOf(pattern: string, id: string, kind = 'consultations'): string {
  return pattern.replace(/:(\w+)/g, (_whole, name: string) => (name === 'kind' ? kind : id));
}
