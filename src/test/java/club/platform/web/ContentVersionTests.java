package club.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import club.support.ClubTest;
import club.support.TestDatabase;

/** The version every node keeps in memory follows the changes made by the other nodes. */
@ClubTest
class ContentVersionTests {

	@Autowired
	ContentVersion version;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChangeMadeHereIsKnownAtOnce() {
		long before = version.current();
		version.changed();
		assertThat(version.current()).isGreaterThan(before);
	}

	/**
	 * Another node's change, as it reaches the database: a bump and its notification. The wait
	 * is the network's (a notification or the next poll), bounded, not domain time.
	 */
	@Test
	void onPostgreSqlAnotherNodesChangeIsKnownWithinThePollingPeriod() {
		assumeTrue(TestDatabase.postgresql(), "several nodes share PostgreSQL, not H2");
		long before = version.current();
		jdbc.sql("update content_version set version = version + 1 where id = 1").update();
		jdbc.sql("select pg_notify(?, 'bumped')").param(ContentVersion.CHANNEL).query(String.class).optional();
		Instant deadline = Instant.now().plus(Duration.ofMillis(ContentVersion.POLL_MILLIS * 4L));
		while (version.current() == before && Instant.now().isBefore(deadline)) {
			Thread.onSpinWait();
		}
		assertThat(version.current()).isGreaterThan(before);
	}
}
