// Container health check without curl in the slim image: `node healthcheck.js <port> <path>` exits 0 on a 2xx.
const [port = process.env.PORT || '3000', path = '/health/ready'] = process.argv.slice(2);
fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(4000) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
