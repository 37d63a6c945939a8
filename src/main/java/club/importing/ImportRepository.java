package club.importing;

import static club.platform.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ImportRepository {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ImportRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(String source, SourceFormat format, @Nullable String fileName, String content, Map<ImportField, String> mapping,
			Locale locale, int total, @Nullable Long createdBy, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into import_job (source, format, file_name, content, mapping, status, locale, total, created_by, created_at)
				values (?, ?, ?, ?, ?, 'READY', ?, ?, ?, ?)""")
			.params(source, format.name(), fileName, content, json.writeValueAsString(mapping), locale.getLanguage(), total,
					createdBy, utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	Optional<ImportJob> find(long id) {
		return jdbc.sql("select * from import_job where id = ?").param(id).query(this::map).optional();
	}

	/** The list page: everything but the sources and reports, which can be large. */
	java.util.List<ImportJob> recent(int limit) {
		return jdbc.sql("""
				select id, source, format, file_name, '' as content, mapping, status, locale, total, processed,
				  null as report, created_at, finished_at
				from import_job order by id desc limit ?""").param(limit).query(this::map).list();
	}

	void saveMapping(long id, Map<ImportField, String> mapping) {
		jdbc.sql("update import_job set mapping = ? where id = ?").params(json.writeValueAsString(mapping), id).update();
	}

	void saveReport(long id, ImportReport report) {
		jdbc.sql("update import_job set report = ? where id = ?").params(json.writeValueAsString(report), id).update();
	}

	/** Marks the job running unless it already is or is done: only one apply per job. */
	boolean start(long id) {
		return jdbc.sql("update import_job set status = 'RUNNING', processed = 0 where id = ? and status = 'READY'")
			.param(id)
			.update() == 1;
	}

	void progress(long id, int processed) {
		jdbc.sql("update import_job set processed = ? where id = ?").params(processed, id).update();
	}

	void finish(long id, ImportReport report, Instant now) {
		jdbc.sql("update import_job set status = 'DONE', report = ?, finished_at = ?, processed = total where id = ?")
			.params(json.writeValueAsString(report), utc(now), id)
			.update();
	}

	Optional<String> groupOf(String source, String externalId) {
		return jdbc.sql("select group_slug from import_key where source = ? and external_id = ?")
			.params(source, externalId)
			.query(String.class)
			.optional();
	}

	void remember(String source, String externalId, String slug) {
		jdbc.sql("delete from import_key where source = ? and external_id = ?").params(source, externalId).update();
		jdbc.sql("insert into import_key (source, external_id, group_slug) values (?, ?, ?)")
			.params(source, externalId, slug)
			.update();
	}

	private ImportJob map(ResultSet rs, int row) throws SQLException {
		Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		mapping.putAll(json.readValue(rs.getString("mapping"), new TypeReference<Map<ImportField, String>>() {
		}));
		String report = rs.getString("report");
		var finished = rs.getTimestamp("finished_at");
		return new ImportJob(rs.getLong("id"), rs.getString("source"), SourceFormat.valueOf(rs.getString("format")),
				rs.getString("file_name"), rs.getString("content"), mapping, ImportJob.Status.valueOf(rs.getString("status")),
				Locale.forLanguageTag(rs.getString("locale")), rs.getInt("total"), rs.getInt("processed"),
				report == null ? null : json.readValue(report, ImportReport.class), rs.getTimestamp("created_at").toInstant(),
				finished == null ? null : finished.toInstant());
	}
}
