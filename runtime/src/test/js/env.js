// Reads the scripts' inputs from environment variables, failing clearly when one is missing.
'use strict';

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Environment variable ${name} is required`);
  }
  return value;
}

module.exports = { required };
