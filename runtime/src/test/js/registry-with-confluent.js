// Drives our registry with Confluent's own client, decoding every answer strictly (strict-registry.js): non-Latin-1
// docs read back by id and version, soft and permanent deletion of a version and of the subject, and the mode and
// contexts endpoints through the client's RestService (the client has no method for them). First it checks that the
// strict decoding does refuse an answer in ISO-8859-1, where Confluent's client as shipped turns it into U+FFFD.
// In:  REGISTRY_URL, SUBJECT, SCHEMA_V1, SCHEMA_V2 (compatible), SCHEMA_V3 (any other schema), USER_INFO (optional).
// Out: one line "RESULT {json}" with what each call answered (errors as {status, errorCode}).
'use strict';
const http = require('http');
const { SchemaRegistryClient } = require('@confluentinc/schemaregistry');
const { registryClient, restService } = require('./strict-registry');
const { required } = require('./env');

/** What a call answered, or the status and error code it failed with. */
async function outcome(call) {
  try {
    return await call();
  } catch (e) {
    return { status: e.status, errorCode: e.errorCode, message: e.message };
  }
}

/** A registry that answers in ISO-8859-1, as ours once did: strict decoding must refuse it. */
async function latin1Answers() {
  const body = Buffer.from(JSON.stringify({ schema: '{"type":"record","name":"R","doc":"le président","fields":[]}' }), 'latin1');
  const server = http.createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/vnd.schemaregistry.v1+json' });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, 'localhost', resolve));
  const url = `http://localhost:${server.address().port}`;
  try {
    const strict = await outcome(() => registryClient(url).getBySubjectAndId('latin1-value', 1));
    const lenient = await outcome(() => new SchemaRegistryClient({ baseURLs: [url], maxRetries: 0 }).getBySubjectAndId('latin1-value', 1));
    return { strictRefused: strict.schema === undefined, strictMessage: strict.message, lenientSchema: lenient.schema };
  } finally {
    server.close();
  }
}

async function main() {
  const subject = required('SUBJECT');
  const url = required('REGISTRY_URL');
  const client = registryClient(url, process.env.USER_INFO);
  const rest = restService(url, process.env.USER_INFO);
  const path = encodeURIComponent(subject); // getAllVersions and the RestService take the subject as it goes in the URL
  const result = { latin1: await latin1Answers() };

  result.v1 = await client.register(subject, { schemaType: 'AVRO', schema: required('SCHEMA_V1') });
  result.v2 = await client.register(subject, { schemaType: 'AVRO', schema: required('SCHEMA_V2') });
  result.v1Schema = (await client.getBySubjectAndId(subject, result.v1)).schema;
  result.v2Metadata = await client.getSchemaMetadata(subject, 2);
  result.versions = await client.getAllVersions(path);

  result.softDeletedVersion = await client.deleteSubjectVersion(subject, 2);
  result.versionsAfterSoftDelete = await client.getAllVersions(path);
  result.deletedVersionStillReadable = (await client.getSchemaMetadata(subject, 2, true)).id;
  result.permanentBeforeSoft = await outcome(() => client.deleteSubjectVersion(subject, 1, true));
  result.permanentlyDeletedVersion = await client.deleteSubjectVersion(subject, 2, true);
  // A fresh client: this one still caches version 2 under the "deleted" lookup, which its delete does not clear.
  result.permanentlyDeletedVersionRead = await outcome(() => registryClient(url, process.env.USER_INFO).getSchemaMetadata(subject, 2, true));

  result.modeSet = (await rest.handleRequest(`/mode/${path}`, 'PUT', { mode: 'READONLY' })).data;
  result.modeRead = (await rest.handleRequest(`/mode/${path}`, 'GET')).data;
  result.readOnlyRegistration = await outcome(() => client.register(subject, { schemaType: 'AVRO', schema: required('SCHEMA_V3') }));
  result.modeDeleted = (await rest.handleRequest(`/mode/${path}`, 'DELETE')).data;
  result.globalMode = (await rest.handleRequest('/mode', 'GET')).data;
  result.contexts = (await rest.handleRequest('/contexts', 'GET')).data;

  result.softDeletedSubject = await client.deleteSubject(subject);
  result.listedAfterSoftDelete = (await client.getAllSubjects()).includes(subject);
  result.softDeleteAgain = await outcome(() => client.deleteSubject(subject));
  result.permanentlyDeletedSubject = await client.deleteSubject(subject, true);
  result.v1AfterPermanentDelete = await outcome(() => registryClient(url, process.env.USER_INFO).getBySubjectAndId(subject, result.v1));
  console.log('RESULT ' + JSON.stringify(result));
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
