package club.vitality.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.directory.Group;
import club.support.ClubTest;
import club.support.MutableClock;
import club.support.TestGroups;
import club.support.TestMembers;
import club.vitality.Vitality;

/**
 * The vitality benchmark's speed part (bench/vitality.sh runs it on PostgreSQL; it is not a unit
 * test): the synthetic world's groups are created, its three years of events (about 1,000,000)
 * copied into the activity log, the clock set at the world's end; then the full recomputation of
 * every group is timed, and a new event's update of its own group alone. Writes
 * target/bench/vitality-recomputation.md.
 */
@ClubTest
@EnabledIfSystemProperty(named = "club.bench", matches = "vitality")
class VitalityRecomputationBenchmark {

	@Autowired
	Vitality vitality;

	@Autowired
	ActivityLog activity;

	@Autowired
	TestGroups groups;

	@Autowired
	TestMembers members;

	@Autowired
	MutableClock clock;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aFullRecomputationAndANewEventsUpdate() throws SQLException, IOException {
		int count = Integer.getInteger("club.bench.groups", 1_000);
		long admin = members.accountId(members.verifiedAccount("Banc d’essai"));
		var created = new ArrayList<Group>();
		for (int i = 0; i < count; i++) {
			created.add(groups.create("banc", "Un groupe simulé", admin));
		}
		long first = created.getFirst().id();
		assertThat(created.getLast().id()).as("contiguous ids, as the world's").isEqualTo(first + count - 1);
		SyntheticWorld world = SyntheticWorld
			.generate(SimulationSettings.benchmark(Long.getLong("club.bench.seed", 42)).withGroups(count).withFirstGroupId(first));
		long loaded;
		long copyStarted = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			loaded = ActivityEventExport.load(connection, world.events());
			connection.commit();
		}
		double copySeconds = (System.nanoTime() - copyStarted) / 1e9;
		jdbc.sql("analyze activity_event").update();
		clock.advance(Duration.between(clock.instant(), world.settings().end()));

		var runs = new ArrayList<Double>();
		int evaluated = 0;
		for (int run = 0; run < 3; run++) {
			long started = System.nanoTime();
			evaluated = vitality.evaluateAll();
			runs.add((System.nanoTime() - started) / 1e9);
		}
		long inWindow = jdbc.sql("select count(*) from activity_event where at >= ?")
			.param(java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(400))))
			.query(Long.class)
			.single();

		var updates = new ArrayList<Double>();
		for (int i = 0; i < 20; i++) {
			long groupId = first + (i * 37L) % count;
			long started = System.nanoTime();
			// The event is recorded and committed; its group's indicators follow after the commit, alone.
			transactions.executeWithoutResult(status -> activity.record(groupId, ActivityKind.DISCUSSION_MESSAGE_POSTED, admin, null));
			updates.add((System.nanoTime() - started) / 1e3 / 1e3);
		}
		updates.sort(Double::compare);
		String report = """
				# Vitality recomputation benchmark

				%d groups; %,d events copied into activity_event in %.1f s (%,d of them in the 400 days the engine reads).

				| measure | result |
				| --- | ---: |
				| full recomputation of every group (cold, then warm ×2) | %s s |
				| groups evaluated | %d |
				| a new event recorded, committed, and its group's indicators updated (median / max of 20) | %.0f / %.0f ms |
				""".formatted(count, loaded, copySeconds, inWindow,
				String.join(" · ", runs.stream().map(seconds -> "%.2f".formatted(seconds)).toList()), evaluated, updates.get(updates.size() / 2),
				updates.getLast());
		Path out = Path.of("target", "bench", "vitality-recomputation.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
	}
}
