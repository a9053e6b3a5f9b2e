/**
 * The codegen stage: the training script rendered from templates for the plan and runtime, and checked before it
 * runs.
 */
package io.mltrainer.core.agents.codegen;
