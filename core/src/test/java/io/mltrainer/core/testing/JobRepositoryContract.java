package io.mltrainer.core.testing;

import static io.mltrainer.core.testing.Jobs.aJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.JobSummary;
import io.mltrainer.core.domain.Lease;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.port.out.StaleJobException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link JobRepository} does; each implementation's test extends this. */
public abstract class JobRepositoryContract {
    private static final Instant T0 = Jobs.CREATED;

    private JobRepository repository;

    /** A new, empty repository, one per test. */
    protected abstract JobRepository newRepository();

    @BeforeEach
    void createRepository() {
        repository = newRepository();
    }

    @Test
    void finds_a_created_job_with_every_part_of_its_context() {
        Job job = aJob().withContext(Contexts.complete())
                .withStatus(JobStatus.FAILED)
                .leasedTo("worker-1", T0.plusSeconds(30))
                .build();

        repository.create(job);

        assertThat(repository.find(job.id())).contains(job);
    }

    @Test
    void finds_a_created_job_whose_context_has_only_the_request() {
        Job job = aJob().withContext(Contexts.minimal()).build();

        repository.create(job);

        assertThat(repository.find(job.id())).contains(job);
    }

    @Test
    void lists_the_builds_of_one_channel_newest_first() {
        ThreadKey first = new ThreadKey("slack", "T1", "C1", "1.1");
        ThreadKey second = new ThreadKey("slack", "T1", "C1", "2.2");
        repository.create(aJob().withId("job-a").inThread(first).createdAt(T0).build());
        repository.create(aJob().withId("job-b")
                .inThread(second)
                .createdAt(T0.plusSeconds(5))
                .build());
        repository.create(aJob().withId("job-other-channel")
                .inThread(new ThreadKey("slack", "T1", "C2", "1.1"))
                .build());
        repository.create(aJob().withId("job-other-team")
                .inThread(new ThreadKey("slack", "T2", "C1", "1.1"))
                .build());
        repository.create(aJob().withId("job-discord")
                .inThread(new ThreadKey("discord", "T1", "C1", "1.1"))
                .build());

        assertThat(repository.findInChannel(new ThreadKey("slack", "T1", "C1", ""), 10))
                .extracting(j -> j.id().value())
                .containsExactly("job-b", "job-a");
        assertThat(repository.findInChannel(first, 1))
                .extracting(j -> j.id().value())
                .containsExactly("job-b");
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        repository.create(aJob().withId("job-known").build());

        assertThat(repository.find(new JobId("job-unknown"))).isEmpty();
    }

    @Test
    void refuses_to_create_a_job_twice() {
        repository.create(aJob().withId("job-twice").ownedBy("first").build());

        assertThatThrownBy(() -> repository.create(
                        aJob().withId("job-twice").ownedBy("second").build()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(repository.find(new JobId("job-twice")))
                .hasValueSatisfying(job -> assertThat(job.owner()).isEqualTo("first"));
    }

    @Test
    void save_stores_the_job_and_returns_it_with_the_next_version() {
        Job created = aJob().build();
        repository.create(created);
        Job changed = created.withContext(Contexts.complete(), T0.plusSeconds(5))
                .moveTo(JobStatus.RUNNING, T0.plusSeconds(5));

        Job saved = repository.save(changed);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.context()).isEqualTo(Contexts.complete());
        assertThat(repository.find(created.id())).contains(saved);
    }

    @Test
    void every_save_bumps_the_version() {
        Job created = aJob().build();
        repository.create(created);

        Job first = repository.save(created.moveTo(JobStatus.RUNNING, T0.plusSeconds(1)));
        Job second = repository.save(first.moveTo(JobStatus.AWAITING_RUN, T0.plusSeconds(2)));

        assertThat(second.version()).isEqualTo(2);
        assertThat(repository.find(created.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void refuses_a_stale_save_and_keeps_the_stored_job() {
        Job created = aJob().build();
        repository.create(created);
        Job winner = repository.save(created.moveTo(JobStatus.CANCELLED, T0.plusSeconds(1)));
        Job stale = created.moveTo(JobStatus.RUNNING, T0.plusSeconds(2));

        assertThatThrownBy(() -> repository.save(stale)).isInstanceOf(StaleJobException.class);
        assertThat(repository.find(created.id())).contains(winner);
    }

    @Test
    void refuses_to_save_a_job_that_was_never_created() {
        Job never = aJob().withId("job-never").build();

        assertThatThrownBy(() -> repository.save(never)).isInstanceOf(StaleJobException.class);
        assertThat(repository.find(never.id())).isEmpty();
    }

    @Test
    void renewing_a_lease_keeps_the_version_so_the_next_checkpoint_still_succeeds() {
        Job created = aJob().leasedTo("worker-1", T0.plusSeconds(30)).build();
        repository.create(created);
        Lease renewed = new Lease("worker-1", T0.plusSeconds(60));

        boolean ok = repository.renewLease(created.id(), renewed);
        Job checkpoint = repository.save(
                created.moveTo(JobStatus.RUNNING, T0.plusSeconds(40)).withLease(renewed));

        assertThat(ok).isTrue();
        assertThat(checkpoint.version()).isEqualTo(1);
    }

    @Test
    void a_renewed_lease_is_stored_without_a_new_version() {
        Job created = aJob().leasedTo("worker-1", T0.plusSeconds(30)).build();
        repository.create(created);

        repository.renewLease(created.id(), new Lease("worker-1", T0.plusSeconds(60)));

        Job found = repository.find(created.id()).orElseThrow();
        assertThat(found.lease()).isEqualTo(new Lease("worker-1", T0.plusSeconds(60)));
        assertThat(found.version()).isZero();
    }

    @Test
    void only_the_lease_owner_can_renew_it() {
        Job created = aJob().leasedTo("worker-1", T0.plusSeconds(30)).build();
        repository.create(created);

        boolean ok = repository.renewLease(created.id(), new Lease("worker-2", T0.plusSeconds(60)));

        assertThat(ok).isFalse();
        assertThat(repository.find(created.id()).orElseThrow().lease())
                .isEqualTo(new Lease("worker-1", T0.plusSeconds(30)));
    }

    @Test
    void cannot_renew_a_lease_that_nobody_holds() {
        Job created = aJob().build();
        repository.create(created);

        boolean ok = repository.renewLease(created.id(), new Lease("worker-1", T0.plusSeconds(60)));

        assertThat(ok).isFalse();
        assertThat(repository.find(created.id()).orElseThrow().lease()).isNull();
    }

    @Test
    void cannot_renew_the_lease_of_an_unknown_job() {
        boolean ok = repository.renewLease(new JobId("job-unknown"), new Lease("worker-1", T0));

        assertThat(ok).isFalse();
    }

    @Test
    void lists_the_newest_jobs_first_up_to_the_limit() {
        for (int i = 1; i <= 5; i++) {
            repository.create(aJob().withId("job-000" + i)
                    .createdAt(T0.plus(Duration.ofMinutes(i)))
                    .build());
        }

        assertThat(repository.list(3))
                .extracting(job -> job.id().value())
                .containsExactly("job-0005", "job-0004", "job-0003");
    }

    @Test
    void summarises_the_newest_jobs_as_listing_them_would() {
        repository.create(aJob().withId("job-queued").createdAt(T0).build());
        repository.create(aJob().withId("job-planned")
                .withContext(Contexts.complete())
                .withStatus(JobStatus.RUNNING)
                .createdAt(T0.plus(Duration.ofMinutes(1)))
                .build());
        repository.create(aJob().withId("job-older")
                .createdAt(T0.minus(Duration.ofMinutes(1)))
                .build());

        List<JobSummary> summaries = repository.summaries(2);

        assertThat(summaries).extracting(s -> s.id().value()).containsExactly("job-planned", "job-queued");
        assertThat(summaries)
                .isEqualTo(repository.list(2).stream().map(JobSummary::of).toList());
        assertThat(summaries.get(0).taskType()).isPresent();
    }

    @Test
    void lists_nothing_when_there_are_no_jobs() {
        assertThat(repository.list(10)).isEmpty();
    }

    @Test
    void finds_jobs_by_status_newest_first() {
        repository.create(aJob().withId("job-queued-old")
                .withStatus(JobStatus.QUEUED)
                .createdAt(T0)
                .build());
        repository.create(aJob().withId("job-running")
                .withStatus(JobStatus.RUNNING)
                .createdAt(T0.plusSeconds(1))
                .build());
        repository.create(aJob().withId("job-done")
                .withStatus(JobStatus.SUCCEEDED)
                .createdAt(T0.plusSeconds(2))
                .build());
        repository.create(aJob().withId("job-queued-new")
                .withStatus(JobStatus.QUEUED)
                .createdAt(T0.plusSeconds(3))
                .build());

        assertThat(repository.findByStatus(EnumSet.of(JobStatus.QUEUED, JobStatus.RUNNING)))
                .extracting(job -> job.id().value())
                .containsExactly("job-queued-new", "job-running", "job-queued-old");
    }

    @Test
    void finds_no_jobs_for_no_status() {
        repository.create(aJob().build());

        assertThat(repository.findByStatus(Set.of())).isEmpty();
    }

    @Test
    void claiming_a_queued_job_gives_it_the_lease_and_the_next_version() {
        Job queued = aJob().withStatus(JobStatus.QUEUED).build();
        repository.create(queued);
        Lease lease = new Lease("replica-a", T0.plusSeconds(30));

        Optional<Job> claimed = repository.claim(queued.id(), lease, T0);

        assertThat(claimed).hasValueSatisfying(job -> {
            assertThat(job.lease()).isEqualTo(lease);
            assertThat(job.version()).isEqualTo(1);
        });
        assertThat(repository.find(queued.id()).orElseThrow().lease()).isEqualTo(lease);
    }

    @Test
    void a_job_another_replica_holds_is_not_claimed() {
        Job held = aJob().withStatus(JobStatus.RUNNING)
                .leasedTo("replica-a", T0.plusSeconds(30))
                .build();
        repository.create(held);

        Optional<Job> claimed = repository.claim(held.id(), new Lease("replica-b", T0.plusSeconds(40)), T0);

        assertThat(claimed).isEmpty();
        assertThat(repository.find(held.id()).orElseThrow().lease().owner()).isEqualTo("replica-a");
    }

    @Test
    void a_job_whose_lease_expired_is_taken_over_and_its_old_holder_finds_its_next_checkpoint_stale() {
        Job held = aJob().withStatus(JobStatus.RUNNING)
                .leasedTo("replica-a", T0.plusSeconds(30))
                .build();
        repository.create(held);

        Optional<Job> claimed =
                repository.claim(held.id(), new Lease("replica-b", T0.plusSeconds(60)), T0.plusSeconds(30));

        assertThat(claimed)
                .hasValueSatisfying(job -> assertThat(job.lease().owner()).isEqualTo("replica-b"));
        assertThatThrownBy(() -> repository.save(held)).isInstanceOf(StaleJobException.class);
    }

    @Test
    void a_finished_job_is_never_claimed() {
        Job done = aJob().withStatus(JobStatus.SUCCEEDED).build();
        repository.create(done);

        assertThat(repository.claim(done.id(), new Lease("replica-a", T0.plusSeconds(30)), T0))
                .isEmpty();
        assertThat(repository.claim(new JobId("job-unknown"), new Lease("replica-a", T0.plusSeconds(30)), T0))
                .isEmpty();
    }

    @Test
    void concurrent_claims_take_a_job_exactly_once() throws Exception {
        Job queued = aJob().withStatus(JobStatus.QUEUED).build();
        repository.create(queued);
        int replicas = 8;
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(replicas);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Optional<Job>>> claims = new java.util.ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                Lease lease = new Lease("replica-" + i, T0.plusSeconds(30));
                claims.add(threads.submit(() -> {
                    go.await();
                    return repository.claim(queued.id(), lease, T0);
                }));
            }
            go.countDown();

            List<Job> won = new java.util.ArrayList<>();
            for (var claim : claims) {
                claim.get(20, java.util.concurrent.TimeUnit.SECONDS).ifPresent(won::add);
            }

            assertThat(won).hasSize(1);
            assertThat(repository.find(queued.id()).orElseThrow().lease())
                    .isEqualTo(won.get(0).lease());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void abandoned_jobs_are_claimed_oldest_first_leaving_live_and_freshly_queued_ones() {
        repository.create(aJob().withId("job-expired-new")
                .withStatus(JobStatus.AWAITING_RUN)
                .leasedTo("replica-a", T0.plusSeconds(5))
                .createdAt(T0.plusSeconds(2))
                .build());
        repository.create(aJob().withId("job-expired-old")
                .withStatus(JobStatus.RUNNING)
                .leasedTo("replica-a", T0.plusSeconds(5))
                .createdAt(T0)
                .build());
        repository.create(aJob().withId("job-live")
                .withStatus(JobStatus.RUNNING)
                .leasedTo("replica-c", T0.plusSeconds(60))
                .build());
        repository.create(aJob().withId("job-queued-long-ago")
                .withStatus(JobStatus.QUEUED)
                .createdAt(T0.plusSeconds(1))
                .build());
        repository.create(aJob().withId("job-queued-just-now")
                .withStatus(JobStatus.QUEUED)
                .createdAt(T0.plusSeconds(9))
                .build());
        repository.create(aJob().withId("job-failed")
                .withStatus(JobStatus.FAILED)
                .leasedTo("replica-a", T0.plusSeconds(5))
                .build());
        Lease lease = new Lease("replica-b", T0.plusSeconds(40));

        List<Job> claimed = repository.claimAbandoned(lease, T0.plusSeconds(10), T0.plusSeconds(5), 10);

        assertThat(claimed)
                .extracting(job -> job.id().value())
                .containsExactly("job-expired-old", "job-queued-long-ago", "job-expired-new");
        assertThat(claimed).allSatisfy(job -> assertThat(job.lease()).isEqualTo(lease));
        assertThat(repository.find(new JobId("job-live")).orElseThrow().lease().owner())
                .isEqualTo("replica-c");
    }

    @Test
    void replicas_looking_for_abandoned_jobs_at_once_take_each_exactly_once() throws Exception {
        for (int i = 0; i < 12; i++) {
            repository.create(aJob().withId("job-" + i)
                    .withStatus(JobStatus.RUNNING)
                    .leasedTo("replica-dead", T0)
                    .createdAt(T0.plusSeconds(i))
                    .build());
        }
        int replicas = 4;
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(replicas);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<List<Job>>> sweeps = new java.util.ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                Lease lease = new Lease("replica-" + i, T0.plusSeconds(60));
                sweeps.add(threads.submit(() -> {
                    go.await();
                    List<Job> taken = new java.util.ArrayList<>();
                    for (List<Job> batch;
                            !(batch = repository.claimAbandoned(lease, T0.plusSeconds(1), T0, 2)).isEmpty(); ) {
                        taken.addAll(batch);
                    }
                    return taken;
                }));
            }
            go.countDown();

            List<String> taken = new java.util.ArrayList<>();
            for (var sweep : sweeps) {
                sweep.get(20, java.util.concurrent.TimeUnit.SECONDS)
                        .forEach(job -> taken.add(job.id().value()));
            }

            assertThat(taken).hasSize(12).doesNotHaveDuplicates();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void released_leases_expire_at_once_so_another_replica_takes_the_builds() {
        repository.create(aJob().withId("job-a1")
                .withStatus(JobStatus.RUNNING)
                .leasedTo("replica-a", T0.plusSeconds(30))
                .build());
        repository.create(aJob().withId("job-a2")
                .withStatus(JobStatus.AWAITING_RUN)
                .leasedTo("replica-a", T0.plusSeconds(30))
                .build());
        repository.create(aJob().withId("job-b")
                .withStatus(JobStatus.RUNNING)
                .leasedTo("replica-b", T0.plusSeconds(30))
                .build());

        int released = repository.releaseLeases("replica-a", T0.plusSeconds(1));
        List<Job> taken =
                repository.claimAbandoned(new Lease("replica-c", T0.plusSeconds(60)), T0.plusSeconds(1), T0, 10);

        assertThat(released).isEqualTo(2);
        assertThat(taken).extracting(job -> job.id().value()).containsExactlyInAnyOrder("job-a1", "job-a2");
        assertThat(repository.find(new JobId("job-b")).orElseThrow().leaseHeldBy("replica-b", T0.plusSeconds(1)))
                .isTrue();
    }
}
