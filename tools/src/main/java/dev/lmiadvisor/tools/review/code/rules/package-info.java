/**
 * The thread-safety rules that hold in every language, each written once over the {@link
 * dev.lmiadvisor.tools.review.code.handler.HandlerModel}: a language's analyser supplies the
 * patterns that find the hazard in its code and the words that explain it. Rules that exist in one
 * language only (Node.js callback handlers, .NET {@code [ThreadStatic]}) stay with that language.
 */
package dev.lmiadvisor.tools.review.code.rules;
