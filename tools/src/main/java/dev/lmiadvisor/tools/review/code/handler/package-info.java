/**
 * A handler file as the thread-safety rules see it, whatever its language ({@link
 * dev.lmiadvisor.tools.review.code.handler.HandlerModel}): which code runs once at init, which runs
 * for every request, and which state all the requests of an execution environment share. The
 * Node.js, Python and .NET analysers each fill one from their outline of the file; the rules of
 * {@code review.code.rules} read only the model.
 */
package dev.lmiadvisor.tools.review.code.handler;
