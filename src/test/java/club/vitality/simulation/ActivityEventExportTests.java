package club.vitality.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import club.activity.ActivityEvent;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.support.ClubTest;
import club.support.TestDatabase;

/** Generated events written into the real activity log (batches, COPY on PostgreSQL) and exported as CSV. */
@ClubTest
class ActivityEventExportTests {

	/** Far above the ids of the groups other tests create; the rows are removed after each test. */
	static final long FIRST_GROUP = 990_000_001L;
	static final SyntheticWorld WORLD = SyntheticWorld
		.generate(SimulationSettings.benchmark(11).withGroups(12).withFirstGroupId(FIRST_GROUP));

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ActivityLog log;

	@AfterEach
	void removeTheGeneratedRows() {
		jdbc.sql("delete from activity_event where group_id >= ?").param(FIRST_GROUP).update();
	}

	@Test
	void batchesWriteEveryEventAsTheActivityLogReadsItBack() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			assertThat(ActivityEventExport.insert(connection, WORLD.events())).isEqualTo(WORLD.eventCount());
			connection.commit();
		}
		assertTheLogHoldsTheWorld();
	}

	@Test
	void theFastestLoadIsCopyOnPostgreSQLAndGivesTheSameLog() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			assertThat(connection.isWrapperFor(org.postgresql.PGConnection.class)).isEqualTo(TestDatabase.postgresql());
			assertThat(ActivityEventExport.load(connection, WORLD.events())).isEqualTo(WORLD.eventCount());
			connection.commit();
		}
		assertTheLogHoldsTheWorld();
	}

	@Test
	void theCsvExportHasAHeaderAndOneLinePerEventOldestFirst() throws IOException {
		var out = new StringWriter();
		ActivityEventExport.writeCsv(out, WORLD.events());
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(out.toString()))
			.getRecords();
		assertThat(out.toString()).startsWith("group_id,kind,actor_id,subject_id,at\r\n");
		assertThat(records).hasSize((int) WORLD.eventCount());
		SimulatedEvent first = WORLD.events().findFirst().orElseThrow();
		CSVRecord line = records.getFirst();
		assertThat(List.of(line.get("group_id"), line.get("kind"), line.get("actor_id"), line.get("subject_id"), line.get("at")))
			.containsExactly(Long.toString(first.groupId()), first.kind().name(), Long.toString(first.actorId()),
					Long.toString(first.subjectId()), first.at().toString());
	}

	private void assertTheLogHoldsTheWorld() {
		Map<ActivityKind, Long> stored = new EnumMap<>(ActivityKind.class);
		jdbc.sql("select kind, count(*) from activity_event where group_id >= ? group by kind")
			.param(FIRST_GROUP)
			.query((rs, row) -> stored.put(ActivityKind.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		assertThat(stored).isEqualTo(WORLD.countsByKind());
		for (GroupSimulation group : WORLD.simulations()) {
			List<ActivityEvent> read = log.since(group.facts().groupId(), WORLD.settings().start());
			assertThat(read).extracting(event -> new SimulatedEvent(event.groupId(), event.kind(), event.actorId(), event.subjectId(),
					event.at()))
				.isEqualTo(group.events());
		}
	}
}
