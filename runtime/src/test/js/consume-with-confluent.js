// Consumes records from the start of a topic with kafkajs and decodes them with Confluent's AvroDeserializer,
// which fetches each writer schema from the registry by the id in the record.
// In:  BOOTSTRAP_SERVERS, REGISTRY_URL, TOPIC, COUNT (records to wait for, default 1), TIMEOUT_MS (default 60000).
// Out: one line "RECORD {json}" per record: {"key": ..., "schemaId": ..., "value": <decoded record>}.
'use strict';
const { Kafka, logLevel } = require('kafkajs');
const { SerdeType, AvroDeserializer } = require('@confluentinc/schemaregistry');
const { registryClient } = require('./strict-registry');
const { required } = require('./env');


async function main() {
  const topic = required('TOPIC');
  const count = Number(process.env.COUNT || '1');
  const timeoutMs = Number(process.env.TIMEOUT_MS || '60000');
  const registry = registryClient(required('REGISTRY_URL'));
  const deserializer = new AvroDeserializer(registry, SerdeType.VALUE, {});

  const kafka = new Kafka({ clientId: 'newswire-interop-consumer', brokers: required('BOOTSTRAP_SERVERS').split(','), logLevel: logLevel.ERROR });
  const consumer = kafka.consumer({ groupId: `newswire-interop-${process.pid}-${Date.now()}` });
  const decoded = [];
  let failure = null;
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        try {
          const value = await deserializer.deserialize(topic, message.value);
          decoded.push({ key: message.key ? message.key.toString() : null, schemaId: message.value.readInt32BE(1), value });
        } catch (e) {
          failure = e;
        }
      },
    });
    const deadline = Date.now() + timeoutMs;
    while (decoded.length < count && failure == null && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await consumer.disconnect();
  }
  if (failure != null) {
    throw failure;
  }
  if (decoded.length < count) {
    throw new Error(`Only ${decoded.length} of ${count} records from ${topic} within ${timeoutMs} ms`);
  }
  decoded.forEach((record) => console.log('RECORD ' + JSON.stringify(record)));
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
