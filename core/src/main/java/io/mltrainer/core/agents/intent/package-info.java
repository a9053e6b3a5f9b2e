/**
 * The intent stage: what the request's words ask for (task type, dataset, target, runtime), read once. It reads no
 * data; for a local table the dataset stage settles the target and the task with its one read.
 */
package io.mltrainer.core.agents.intent;
