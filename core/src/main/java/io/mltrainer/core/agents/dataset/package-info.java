/**
 * The dataset stage: reads a sample of the data wherever it is, once per build, profiles it once, settles a local
 * table's target and task with it (the words checked against the data), inspects it for the task and writes the data
 * report that every later stage works from.
 */
package io.mltrainer.core.agents.dataset;
