'use strict';
const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');

const s3 = new S3Client({});

exports.handler = function (event, context, callback) {
  s3.send(new GetObjectCommand({ Bucket: event.bucket, Key: event.key }))
    .then((result) => callback(null, { size: result.ContentLength }))
    .catch((error) => callback(error));
};
