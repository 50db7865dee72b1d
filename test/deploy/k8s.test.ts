import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { DEPLOY, filesReading, loadYaml, loadYamlDocuments, type Manifest } from './deploy-files';

/**
 * The Kubernetes manifests, read as kustomize would (the resources of kustomization.yaml, its namespace
 * and labels), then checked for what a cluster would only notice at run time. No API server is at hand,
 * so field names are not checked against the Kubernetes OpenAPI schema.
 */
type Probe = { httpGet?: { path: string; port: string | number } };
type Container = {
  name: string;
  image: string;
  args?: string[];
  ports?: Array<{ name?: string; containerPort: number }>;
  envFrom?: Array<{ configMapRef?: { name: string }; secretRef?: { name: string } }>;
  env?: Array<{ name: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }>;
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: Record<string, unknown> & { capabilities?: { drop?: string[] } };
  volumeMounts?: Array<{ name: string; mountPath: string; readOnly?: boolean }>;
};
type PodSpec = {
  securityContext?: Record<string, unknown>;
  automountServiceAccountToken?: boolean;
  containers: Container[];
  volumes?: Array<{ name: string; secret?: { secretName: string } }>;
};
type Deployment = Manifest & {
  spec: { replicas: number; selector: { matchLabels: Record<string, string> }; template: { metadata: { labels: Record<string, string> }; spec: PodSpec } };
};
type Service = Manifest & { spec: { selector: Record<string, string>; ports: Array<{ port: number; targetPort: string | number }> } };

const K8S = join(DEPLOY, 'k8s');
const kustomization = loadYaml(join(K8S, 'kustomization.yaml')) as { namespace: string; resources: string[] };
const manifests = kustomization.resources.flatMap((file) => loadYamlDocuments(join(K8S, file)) as Manifest[]);
const ofKind = <T extends Manifest>(kind: string) => manifests.filter((manifest) => manifest.kind === kind) as T[];
const deployments = ofKind<Deployment>('Deployment');
const services = ofKind<Service>('Service');
const configMaps = ofKind<Manifest & { data: Record<string, string> }>('ConfigMap');
const secretTemplates = loadYamlDocuments(join(K8S, 'secret.template.yaml')) as Array<Manifest & { stringData: Record<string, string> }>;

const matches = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(selector).every(([key, value]) => labels[key] === value);
const eachContainer = () => deployments.flatMap((deployment) => deployment.spec.template.spec.containers.map((container) => ({ deployment, container })));

describe('deploy/k8s', () => {
  it('lists only files that exist, each document with apiVersion, kind and name', () => {
    for (const file of kustomization.resources) expect(existsSync(join(K8S, file))).toBe(true);
    for (const manifest of manifests) {
      expect(manifest).toEqual(expect.objectContaining({ apiVersion: expect.any(String), kind: expect.any(String), metadata: expect.objectContaining({ name: expect.any(String) }) }));
    }
  });

  it('creates the namespace it puts everything in, and keeps the secret template out of what it applies', () => {
    expect(ofKind('Namespace').map((namespace) => namespace.metadata.name)).toEqual([kustomization.namespace]);
    expect(kustomization.resources).not.toContain('secret.template.yaml');
    expect(ofKind('Secret')).toEqual([]);
  });

  it('deploys api, relay, projector and webhooks from one image, each selecting its process by argument; one relay only', () => {
    expect(deployments.map((deployment) => deployment.metadata.name).sort()).toEqual(['api', 'projector', 'relay', 'webhooks']);
    expect(new Set(eachContainer().map(({ container }) => container.image)).size).toBe(1);
    for (const { deployment, container } of eachContainer()) expect(container.args).toEqual([deployment.metadata.name]);
    const relay = deployments.find((deployment) => deployment.metadata.name === 'relay')!;
    expect(relay.spec.replicas).toBe(1);
    expect((relay.spec as unknown as { strategy: { type: string } }).strategy.type).toBe('Recreate');
  });

  it('gives every Deployment a selector its pod template carries', () => {
    for (const deployment of deployments) {
      expect(matches(deployment.spec.selector.matchLabels, deployment.spec.template.metadata.labels)).toBe(true);
    }
  });

  it('probes liveness at /health/live and readiness at /health/ready, on a port the container declares', () => {
    for (const { container } of eachContainer()) {
      const declared = (container.ports ?? []).flatMap((port) => [port.name, port.containerPort]);
      expect(container.livenessProbe?.httpGet?.path).toBe('/health/live');
      expect(container.readinessProbe?.httpGet?.path).toBe('/health/ready');
      expect(container.startupProbe?.httpGet?.path).toBe('/health/live');
      for (const probe of [container.livenessProbe, container.readinessProbe, container.startupProbe]) {
        expect(declared).toContain(probe?.httpGet?.port);
      }
    }
  });

  it('sets CPU and memory requests and limits on every container', () => {
    for (const { container } of eachContainer()) {
      expect(container.resources).toEqual({
        requests: { cpu: expect.any(String), memory: expect.any(String) },
        limits: { cpu: expect.any(String), memory: expect.any(String) },
      });
    }
  });

  it('runs as a non-root user with a read-only root filesystem, no capabilities and no service-account token', () => {
    for (const { deployment, container } of eachContainer()) {
      const pod = deployment.spec.template.spec;
      expect(pod.automountServiceAccountToken).toBe(false);
      expect(pod.securityContext).toEqual(
        expect.objectContaining({ runAsNonRoot: true, runAsUser: expect.any(Number), seccompProfile: { type: 'RuntimeDefault' } }),
      );
      expect(pod.securityContext?.runAsUser).not.toBe(0);
      expect(container.securityContext).toEqual(
        expect.objectContaining({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } }),
      );
      const mounts = (container.volumeMounts ?? []).map((mount) => mount.mountPath);
      expect(mounts).toEqual(expect.arrayContaining(['/tmp', '/var/lib/telemed']));
      const volumes = (pod.volumes ?? []).map((volume) => volume.name);
      for (const mount of container.volumeMounts ?? []) expect(volumes).toContain(mount.name);
    }
  });

  it('has a Service per Deployment whose selector and target port find that Deployment’s pods', () => {
    for (const service of services) {
      const targets = deployments.filter((deployment) => matches(service.spec.selector, deployment.spec.template.metadata.labels));
      expect({ service: service.metadata.name, targets: targets.map((deployment) => deployment.metadata.name) }).toEqual({
        service: service.metadata.name,
        targets: [service.metadata.name],
      });
      const ports = targets[0].spec.template.spec.containers.flatMap((container) => (container.ports ?? []).flatMap((port) => [port.name, port.containerPort]));
      for (const port of service.spec.ports) expect(ports).toContain(port.targetPort);
    }
    expect(services.map((service) => service.metadata.name).sort()).toEqual(deployments.map((deployment) => deployment.metadata.name).sort());
  });

  it('refers only to the ConfigMap it ships and to Secrets and keys the template defines', () => {
    const configMapNames = configMaps.map((configMap) => configMap.metadata.name);
    const secretKeys = new Map(secretTemplates.map((secret) => [secret.metadata.name, Object.keys(secret.stringData)]));
    for (const { deployment, container } of eachContainer()) {
      for (const source of container.envFrom ?? []) {
        if (source.configMapRef) expect(configMapNames).toContain(source.configMapRef.name);
        if (source.secretRef) expect(secretKeys.has(source.secretRef.name)).toBe(true);
      }
      for (const variable of container.env ?? []) {
        const ref = variable.valueFrom?.secretKeyRef;
        if (ref) expect(secretKeys.get(ref.name)).toContain(ref.key);
      }
      for (const volume of deployment.spec.template.spec.volumes ?? []) {
        if (volume.secret) expect(secretKeys.has(volume.secret.secretName)).toBe(true);
      }
    }
  });

  it('sets only variables the code reads', () => {
    const variables = [
      ...configMaps.flatMap((configMap) => Object.keys(configMap.data)),
      ...eachContainer().flatMap(({ container }) => (container.env ?? []).map((variable) => variable.name)),
    ];
    for (const variable of new Set(variables)) {
      expect({ variable, readBy: filesReading(variable).length > 0 }).toEqual({ variable, readBy: true });
    }
  });

  const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
  const withKubectl = kubectl.status === 0 ? it : it.skip;
  withKubectl('builds with `kubectl kustomize` into the same objects, all in the namespace (where kubectl is installed)', () => {
    const built = (loadAll(execFileSync('kubectl', ['kustomize', K8S], { encoding: 'utf8' })) as Manifest[]).filter(Boolean);
    const names = (list: Manifest[]) => list.map((manifest) => `${manifest.kind}/${manifest.metadata.name}`).sort();
    expect(names(built)).toEqual(names(manifests));
    for (const manifest of built.filter((object) => object.kind !== 'Namespace')) expect(manifest.metadata.namespace).toBe(kustomization.namespace);
    for (const manifest of built.filter((object) => object.kind === 'Deployment') as Deployment[]) {
      expect(manifest.spec.template.metadata.labels['app.kubernetes.io/part-of']).toBe('telemed-backbone');
    }
  });
});
