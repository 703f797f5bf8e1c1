/**
 * Stage 2, parse: sorts the words into service, operation, global options and parameters, against
 * the services and operations that the AWS SDK for Java v2 on the classpath models.
 */
package dev.lmiadvisor.tools.sandbox.parse;
