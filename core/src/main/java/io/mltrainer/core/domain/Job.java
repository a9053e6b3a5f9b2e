package io.mltrainer.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A build: its identity, owner, thread, status and context. {@code version} is the optimistic lock: a save with a
 * stale version is refused, which is also how a worker learns that another process cancelled its job.
 */
public record Job(
        JobId id,
        String owner,
        ThreadKey thread,
        JobStatus status,
        JobContext context,
        int version,
        Lease lease,
        Instant createdAt,
        Instant updatedAt) {

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The task as shown to people: none yet while a local table's data has still to settle it. */
    public Optional<TaskType> taskType() {
        boolean unsettled = context.intent() != null && context.intent().unconfirmed() != null;
        return unsettled ? Optional.empty() : context.taskType();
    }

    /** The stage the build is at: the failed or running one, else the first without a result; empty when done. */
    public Optional<Stage> currentStage() {
        if (context.failure() != null && status == JobStatus.FAILED) {
            return Optional.of(context.failure().stage());
        }
        java.util.List<Stage> stages =
                context.plan().map(ExecutionPlan::stages).orElse(java.util.List.of(Stage.INTENT));
        return stages.stream()
                .filter(s -> context.stageState(s).status() == StageStatus.RUNNING)
                .findFirst()
                .or(() -> stages.stream()
                        .filter(s ->
                                s.ordinal() <= context.request().stopAfter().ordinal())
                        .filter(s -> !context.hasResult(s))
                        .findFirst());
    }

    /** The question the build stopped on, waiting for its owner's answer (empty when it waits on none). */
    public Optional<Question> pendingQuestion() {
        Failure failure = context.failure();
        if (status != JobStatus.FAILED
                || failure == null
                || failure.kind() != FailureKind.NEEDS_ANSWER
                || failure.question() == null) {
            return Optional.empty();
        }
        return Optional.of(failure.question());
    }

    /** A new version of this job with another status; refuses transitions the life cycle does not allow. */
    public Job moveTo(JobStatus target, Instant now) {
        if (target != status && !status.canMoveTo(target)) {
            throw new IllegalStateException(
                    "build " + id + " is " + status.name().toLowerCase(java.util.Locale.ROOT) + " and cannot become "
                            + target.name().toLowerCase(java.util.Locale.ROOT));
        }
        return new Job(id, owner, thread, target, context, version, lease, createdAt, now);
    }

    public Job withContext(JobContext next, Instant now) {
        return new Job(id, owner, thread, status, next, version, lease, createdAt, now);
    }

    /**
     * The one lease rule: whether {@code worker} holds this build at {@code now} (its lease names it and has not
     * expired). A worker that no longer holds its build stops without writing: another took it over.
     */
    public boolean leaseHeldBy(String worker, Instant now) {
        return lease != null && lease.owner().equals(worker) && !lease.expiredAt(now);
    }

    /**
     * Whether some live worker holds this build at {@code now}: its lease has not expired and {@code alive} does not
     * know its owner to be dead (a process of this host that exited gives up its builds before the lease runs out).
     * A build nobody holds may be resumed, cancelled without a worker's report, or taken over.
     */
    public boolean leaseHeld(Instant now, java.util.function.Predicate<String> alive) {
        return lease != null && !lease.expiredAt(now) && alive.test(lease.owner());
    }

    /** Whether the build's lease ran out at {@code now} (false when it has none: nobody ever took it). */
    public boolean leaseExpired(Instant now) {
        return lease != null && lease.expiredAt(now);
    }

    /** The replica holding this build's lease at {@code now}, if any (for {@code show}). */
    public Optional<String> leaseHolder(Instant now) {
        return lease == null || lease.expiredAt(now) ? Optional.empty() : Optional.of(lease.owner());
    }

    public Job withLease(Lease next) {
        return new Job(id, owner, thread, status, context, version, next, createdAt, updatedAt);
    }
}
