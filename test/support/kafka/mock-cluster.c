/*
 * A Kafka cluster for tests: librdkafka's mock cluster on loopback, driven over stdin.
 *
 *   mock-cluster <brokers> [topic:partitions ...]
 *
 * Prints "bootstrap <host:port,...>" once the brokers listen, then answers one line per command:
 *   topic <name> <partitions> <replication-factor>   create a topic (2.0.2 has no CreateTopics)
 *   down <broker-id> / up <broker-id>                  take a broker off the network and back
 *   errors <api-key> <error-code> <count>              the next <count> requests of that API fail
 * Each command answers "ok" or "error <reason>". The cluster stops when stdin closes or on SIGTERM.
 */
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t stopping = 0;

static void on_signal(int sig) {
  (void)sig;
  stopping = 1;
  /* Closing stdin ends the command loop's blocking read. */
  close(STDIN_FILENO);
}

static int create_topic(rd_kafka_mock_cluster_t *cluster, const char *name, int partitions, int replication) {
  rd_kafka_resp_err_t err = rd_kafka_mock_topic_create(cluster, name, partitions, replication);
  if (err) {
    printf("error %s\n", rd_kafka_err2str(err));
    return -1;
  }
  return 0;
}

static void run_command(rd_kafka_mock_cluster_t *cluster, int brokers, char *line) {
  char name[512];
  int a = 0, b = 0, c = 0;
  rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR_NO_ERROR;
  if (sscanf(line, "topic %511s %d %d", name, &a, &b) == 3) {
    if (create_topic(cluster, name, a, b > brokers ? brokers : b) == 0) printf("ok\n");
  } else if (sscanf(line, "down %d", &a) == 1) {
    err = rd_kafka_mock_broker_set_down(cluster, a);
    printf(err ? "error %s\n" : "ok\n", rd_kafka_err2str(err));
  } else if (sscanf(line, "up %d", &a) == 1) {
    err = rd_kafka_mock_broker_set_up(cluster, a);
    printf(err ? "error %s\n" : "ok\n", rd_kafka_err2str(err));
  } else if (sscanf(line, "errors %d %d %d", &a, &b, &c) == 3) {
    for (int i = 0; i < c; i++) rd_kafka_mock_push_request_errors(cluster, (int16_t)a, 1, (rd_kafka_resp_err_t)b);
    printf("ok\n");
  } else {
    printf("error unknown command\n");
  }
  fflush(stdout);
}

int main(int argc, char **argv) {
  int brokers = argc > 1 ? atoi(argv[1]) : 3;
  char errstr[512];
  if (brokers < 1) brokers = 1;

  signal(SIGTERM, on_signal);
  signal(SIGINT, on_signal);
  signal(SIGPIPE, SIG_IGN);

  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  /* The handle only hosts the cluster; keep its own logging quiet. */
  rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof(errstr));
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
  if (!rk) {
    fprintf(stderr, "rd_kafka_new: %s\n", errstr);
    return 1;
  }
  rd_kafka_mock_cluster_t *cluster = rd_kafka_mock_cluster_new(rk, brokers);
  if (!cluster) {
    fprintf(stderr, "rd_kafka_mock_cluster_new failed\n");
    rd_kafka_destroy(rk);
    return 1;
  }

  int replication = brokers < 3 ? brokers : 3;
  for (int i = 2; i < argc; i++) {
    char *colon = strrchr(argv[i], ':');
    int partitions = colon ? atoi(colon + 1) : 1;
    if (colon) *colon = '\0';
    if (create_topic(cluster, argv[i], partitions, replication) != 0) {
      fflush(stdout);
      return 1;
    }
  }

  printf("bootstrap %s\n", rd_kafka_mock_cluster_bootstraps(cluster));
  fflush(stdout);

  char line[1024];
  while (!stopping && fgets(line, sizeof(line), stdin)) run_command(cluster, brokers, line);

  rd_kafka_mock_cluster_destroy(cluster);
  rd_kafka_destroy(rk);
  return 0;
}
