import type { Admin } from 'kafkajs';

export interface TopicSettings {
  partitions: number;
  replicationFactor: number;
}

export interface TopicReport {
  created: string[];
  /** Existing topics with another partition count than configured: left as they are, since adding partitions would move streams between partitions and break their order. */
  partitionMismatches: Array<{ topic: string; partitions: number }>;
}

/** Creates the topics that do not exist yet; reports, but never changes, existing ones. */
export async function ensureTopics(admin: Admin, topics: string[], settings: TopicSettings): Promise<TopicReport> {
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((topic) => !existing.has(topic));
  if (missing.length > 0) {
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: settings.partitions, replicationFactor: settings.replicationFactor })),
    });
  }
  const present = topics.filter((topic) => existing.has(topic));
  const partitionMismatches =
    present.length === 0
      ? []
      : (await admin.fetchTopicMetadata({ topics: present })).topics
          .filter((topic) => topic.partitions.length !== settings.partitions)
          .map((topic) => ({ topic: topic.name, partitions: topic.partitions.length }));
  return { created: missing, partitionMismatches };
}
