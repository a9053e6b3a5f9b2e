package io.mltrainer.core.domain;

/**
 * What the words asked of a local table, before its data was read: the dataset stage reads the table once and
 * settles the target and the task with it (a column of words is classified, not regressed; the values decide where
 * the words did not). {@code said} is the task the words named (null when they named none), {@code fromWords} the
 * task they settle on their own (null when the target's values decide).
 */
public record UnconfirmedTask(TaskType said, TaskType fromWords) {}
