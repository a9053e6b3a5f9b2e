/**
 * The planning stages (preprocess, config, architecture): the task plan sized for the runtime, with its time and
 * cost estimate.
 */
package io.mltrainer.core.agents.plan;
