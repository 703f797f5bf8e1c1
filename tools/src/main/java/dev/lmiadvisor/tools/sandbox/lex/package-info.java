/**
 * Stage 1, lex: splits the command into words as a POSIX shell would quote them and refuses
 * everything a shell would act on, and every invisible or direction-changing character.
 */
package dev.lmiadvisor.tools.sandbox.lex;
