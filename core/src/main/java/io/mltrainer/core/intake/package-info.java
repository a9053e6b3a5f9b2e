/**
 * The intake: a request's details gathered in a dialogue (offline rules or a model with tools), credentials checked
 * and kept as references, secrets masked, and the build started when all is there.
 */
package io.mltrainer.core.intake;
