/**
 * Runs a build: the orchestrator takes a job through its stages with retries, cancellation, events and the
 * monitoring of remote runs; the stage agents plug in through StageAgent.
 */
package io.mltrainer.core.pipeline;
