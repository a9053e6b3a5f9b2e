/**
 * The deploy stage: the model published to the local registry or the Hub, with its model card and demo Space.
 */
package io.mltrainer.core.agents.deploy;
