// Confluent's registry client, and its REST layer for the calls the client has no method for (mode, contexts),
// made strict: axios hands every answer over as bytes, decoded as UTF-8 with a fatal TextDecoder, so a registry
// answering in another charset fails the test instead of turning into U+FFFD replacement characters.
'use strict';
const { SchemaRegistryClient } = require('@confluentinc/schemaregistry');
const { RestService } = require('@confluentinc/schemaregistry/dist/rest-service');

function strictJson(bytes) {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return text.length === 0 ? undefined : JSON.parse(text);
}

const STRICT_AXIOS = { responseType: 'arraybuffer', transformResponse: [strictJson] };

function basicAuth(userInfo) {
  return userInfo ? { credentialsSource: 'USER_INFO', userInfo } : undefined;
}

/** Confluent's SchemaRegistryClient on the registry at url, decoding strictly; userInfo "user:password" or empty. */
function registryClient(url, userInfo) {
  return new SchemaRegistryClient({ baseURLs: [url], createAxiosDefaults: STRICT_AXIOS, basicAuthCredentials: basicAuth(userInfo) });
}

/** Confluent's RestService (what the client sends its requests through), decoding strictly. */
function restService(url, userInfo) {
  return new RestService([url], false, STRICT_AXIOS, basicAuth(userInfo));
}

module.exports = { registryClient, restService };
