// Registers a schema with Confluent's registry client, serialises one record with Confluent's AvroSerializer
// (latest version of the subject, as Confluent's README does) and produces it with kafkajs.
// In:  BOOTSTRAP_SERVERS, REGISTRY_URL, TOPIC, SCHEMA (Avro schema JSON), RECORD (the record as JSON), KEY.
// Out: one line "RESULT {json}" with the id Confluent's client got and the first bytes it wrote.
'use strict';
const { Kafka, logLevel } = require('kafkajs');
const { SerdeType, AvroSerializer } = require('@confluentinc/schemaregistry');
const { registryClient } = require('./strict-registry');
const { required } = require('./env');


async function main() {
  const topic = required('TOPIC');
  const registry = registryClient(required('REGISTRY_URL'));
  const id = await registry.register(`${topic}-value`, { schemaType: 'AVRO', schema: required('SCHEMA') });

  const serializer = new AvroSerializer(registry, SerdeType.VALUE, { useLatestVersion: true });
  const value = await serializer.serialize(topic, JSON.parse(required('RECORD')));

  const kafka = new Kafka({ clientId: 'newswire-interop-producer', brokers: required('BOOTSTRAP_SERVERS').split(','), logLevel: logLevel.ERROR });
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages: [{ key: process.env.KEY || null, value }] });
  } finally {
    await producer.disconnect();
  }
  console.log('RESULT ' + JSON.stringify({ registeredId: id, header: [...value.subarray(0, 5)], bytes: value.length }));
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
