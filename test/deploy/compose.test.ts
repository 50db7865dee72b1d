import Ajv2019 from 'ajv/dist/2019';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DEPLOY, filesReading, loadYaml, readText } from './deploy-files';

/**
 * deploy/docker-compose.yml against the Compose Specification's JSON schema (vendored beside this file:
 * see README.md here for its revision), then what the schema cannot say: health checks, start order,
 * hardening, and that every variable handed to our processes is one the code reads.
 */
type Service = {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  read_only?: boolean;
  cap_drop?: string[];
  security_opt?: string[];
  ports?: string[];
};
type ComposeFile = { services: Record<string, Service>; volumes?: Record<string, unknown> };

const COMPOSE_FILE = join(DEPLOY, 'docker-compose.yml');
const compose = loadYaml(COMPOSE_FILE) as ComposeFile;
const OUR_PROCESSES = ['api', 'relay', 'projector', 'webhooks'];
const SERVERS = ['postgres', 'kafka', 'eventstoredb'];

function composeSchemaValidator() {
  const { $schema: _draft, ...schema } = JSON.parse(readText(join(__dirname, 'compose-spec.schema.json')));
  const ajv = new Ajv2019({ strict: false, allErrors: true, logger: false });
  // This revision of the schema names its subschemas with draft-04 `id`: an annotation, nothing to check.
  ajv.removeKeyword('id');
  ajv.addKeyword({ keyword: 'id', schemaType: 'string' });
  // Go durations, as Compose parses them ("10s", "1m30s").
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
  for (const format of ['ports', 'expose', 'subnet_ip_address']) ajv.addFormat(format, true);
  return ajv.compile(schema);
}

describe('deploy/docker-compose.yml', () => {
  const validate = composeSchemaValidator();

  it('is valid against the Compose Specification schema', () => {
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check catches a misspelt key and a wrong type', () => {
    const broken = structuredClone(compose);
    (broken.services.api.healthcheck as Record<string, unknown>).intervall = '5s';
    (broken.services.kafka as Record<string, unknown>).ports = '9094:9094';
    expect(validate(broken)).toBe(false);
    expect((validate.errors ?? []).map((error) => error.instancePath)).toEqual(
      expect.arrayContaining(['/services/api/healthcheck', '/services/kafka/ports']),
    );
  });

  it('starts PostgreSQL, Kafka, EventStoreDB, the api, the relay, the projector and the webhooks app, each with a health check', () => {
    expect(Object.keys(compose.services).sort()).toEqual([...SERVERS, ...OUR_PROCESSES].sort());
    const unchecked = Object.entries(compose.services).filter(([, service]) => (service.healthcheck?.test.length ?? 0) < 2);
    expect(unchecked.map(([name]) => name)).toEqual([]);
  });

  it('runs api, relay, projector and webhooks from the one image, picked by the command, after the servers are healthy', () => {
    const images = new Set(OUR_PROCESSES.map((name) => compose.services[name].image));
    expect(images.size).toBe(1);
    for (const name of OUR_PROCESSES) {
      const service = compose.services[name];
      expect(service.build).toEqual({ context: '..', dockerfile: 'deploy/Dockerfile' });
      expect(service.command).toEqual([name]);
      expect(service.depends_on).toEqual({ postgres: { condition: 'service_healthy' }, kafka: { condition: 'service_healthy' } });
      expect(service.healthcheck?.test).toEqual(['CMD', 'node', '/app/healthcheck.js', expect.stringMatching(/^\d+$/), '/health/ready']);
    }
  });

  it('probes each process on the port it listens on', () => {
    expect(compose.services.api.healthcheck?.test[3]).toBe(compose.services.api.environment?.PORT);
    for (const name of ['relay', 'projector']) {
      expect(compose.services[name].healthcheck?.test[3]).toBe(compose.services[name].environment?.PROBE_PORT);
    }
  });

  it('hardens our containers: read-only root, no capabilities, no privilege escalation', () => {
    for (const name of OUR_PROCESSES) {
      const service = compose.services[name];
      expect({ name, readOnly: service.read_only, capDrop: service.cap_drop, securityOpt: service.security_opt }).toEqual({
        name,
        readOnly: true,
        capDrop: ['ALL'],
        securityOpt: ['no-new-privileges:true'],
      });
    }
  });

  it('publishes ports on the loopback address only', () => {
    for (const service of Object.values(compose.services)) {
      for (const port of service.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
    }
  });

  it('hands our processes only variables the code reads, and takes the secrets from whoever starts it', () => {
    for (const name of OUR_PROCESSES) {
      for (const variable of Object.keys(compose.services[name].environment ?? {})) {
        expect({ variable, readBy: filesReading(variable).length > 0 }).toEqual({ variable, readBy: true });
      }
    }
    for (const secret of ['AUTH_JWT_SECRET', 'PATIENT_DATA_MASTER_KEY']) {
      expect(compose.services.api.environment?.[secret]).toMatch(new RegExp(`^\\$\\{${secret}:\\?`));
    }
  });

  const docker = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
  const composeCli = docker.status === 0 ? it : it.skip;
  composeCli('is accepted by `docker compose config` (where the Compose CLI is installed)', () => {
    execFileSync('docker', ['compose', '-f', COMPOSE_FILE, 'config', '--quiet'], {
      env: { ...process.env, AUTH_JWT_SECRET: 'x'.repeat(48) },
      stdio: 'pipe',
    });
  });
});
