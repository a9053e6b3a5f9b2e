/**
 * The train stage: starts the run on its runtime (after a go-ahead where it costs money or quota) and follows its
 * training curve.
 */
package io.mltrainer.core.agents.train;
