/**
 * The intent stage: the request's words and the data agree on a task type, a dataset and a target.
 */
package io.mltrainer.core.agents.intent;
