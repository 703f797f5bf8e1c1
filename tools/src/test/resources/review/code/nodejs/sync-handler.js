'use strict';
const crypto = require('node:crypto');

function checksum(body) {
  return crypto.createHash('sha256').update(body).digest('hex');
}

module.exports.handler = (event) => {
  return { checksum: checksum(JSON.stringify(event)) };
};
