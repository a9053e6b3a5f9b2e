/**
 * The dataset stage: reads a sample of the data wherever it is, inspects it for the task and writes the data
 * report.
 */
package io.mltrainer.core.agents.dataset;
