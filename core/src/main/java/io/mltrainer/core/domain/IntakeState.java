package io.mltrainer.core.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One thread's intake, persisted after every message so that an interrupted dialogue continues where it stopped.
 * {@code validated} lists the credentials checked live in this intake; {@code pending} is the open question.
 */
public record IntakeState(
        ThreadKey thread,
        String owner,
        JobId jobId,
        IntakePhase phase,
        IntakeFields fields,
        Set<Credential> validated,
        Slot pending,
        int version,
        Instant updatedAt) {

    public IntakeState {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(phase, "phase");
        fields = fields == null ? IntakeFields.EMPTY : fields;
        validated = validated == null || validated.isEmpty()
                ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(validated));
    }

    public static IntakeState start(ThreadKey thread, String owner, Instant now) {
        return new IntakeState(thread, owner, null, IntakePhase.COLLECTING, IntakeFields.EMPTY, Set.of(), null, 0, now);
    }

    public boolean isOpen() {
        return phase == IntakePhase.COLLECTING || phase == IntakePhase.CONFIRMING;
    }

    /** Open and waiting for a credential, which is only ever answered privately. */
    public boolean awaitsCredential() {
        return isOpen() && pending != null && pending.isCredential();
    }

    public IntakeState with(IntakeFields next) {
        return new IntakeState(thread, owner, jobId, phase, next, validated, pending, version, updatedAt);
    }

    public IntakeState asking(Slot slot) {
        IntakePhase next = slot == Slot.CONFIRM ? IntakePhase.CONFIRMING : IntakePhase.COLLECTING;
        return new IntakeState(thread, owner, jobId, next, fields, validated, slot, version, updatedAt);
    }

    public IntakeState validatedAlso(Credential credential) {
        EnumSet<Credential> next = EnumSet.noneOf(Credential.class);
        next.addAll(validated);
        next.add(credential);
        return new IntakeState(thread, owner, jobId, phase, fields, next, pending, version, updatedAt);
    }

    public IntakeState notValidated(Credential credential) {
        EnumSet<Credential> next = EnumSet.noneOf(Credential.class);
        next.addAll(validated);
        next.remove(credential);
        return new IntakeState(thread, owner, jobId, phase, fields, next, pending, version, updatedAt);
    }

    public IntakeState withJob(JobId job) {
        return new IntakeState(thread, owner, job, phase, fields, validated, pending, version, updatedAt);
    }

    public IntakeState started(JobId job) {
        return new IntakeState(thread, owner, job, IntakePhase.STARTED, fields, validated, null, version, updatedAt);
    }

    public IntakeState abandoned() {
        return new IntakeState(
                thread, owner, jobId, IntakePhase.ABANDONED, fields, validated, null, version, updatedAt);
    }

    public IntakeState at(Instant now) {
        return new IntakeState(thread, owner, jobId, phase, fields, validated, pending, version, now);
    }
}
