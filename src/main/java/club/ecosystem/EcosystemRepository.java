package club.ecosystem;

import static club.platform.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import club.platform.images.StoredImages;
import club.platform.web.ContentVersion;

@Repository
class EcosystemRepository {

	private final JdbcClient jdbc;
	private final ContentVersion contentVersion;

	private final StoredImages logos;

	EcosystemRepository(JdbcClient jdbc, ContentVersion contentVersion) {
		this.jdbc = jdbc;
		this.contentVersion = contentVersion;
		this.logos = new StoredImages(jdbc, contentVersion, "ecosystem_logo", "ecosystem_id");
	}

	void insert(Ecosystem ecosystem) {
		contentVersion.changed();
		jdbc.sql("""
				insert into ecosystem (keyword, name, description, charter, embed_origins, moderated, created_at, shares_productions)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(ecosystem.keyword(), ecosystem.name(), ecosystem.description(), ecosystem.charter(),
					ecosystem.embedOrigins(), ecosystem.moderated(), utc(ecosystem.createdAt()), ecosystem.sharesProductions())
			.update();
	}

	void update(long id, String name, @Nullable String description, String charter, @Nullable String embedOrigins,
			boolean moderated, boolean sharesProductions) {
		contentVersion.changed();
		jdbc.sql("update ecosystem set name = ?, description = ?, charter = ?, embed_origins = ?, moderated = ?, shares_productions = ? where id = ?")
			.params(name, description, charter, embedOrigins, moderated, sharesProductions, id)
			.update();
	}

	/** Ids of the groups admitted into a moderated ecosystem. */
	java.util.Set<Long> admitted(long ecosystemId) {
		return new java.util.HashSet<>(jdbc.sql("select group_id from ecosystem_admission where ecosystem_id = ? and status = 'ACCEPTED'")
			.param(ecosystemId)
			.query(Long.class)
			.list());
	}

	Optional<Admission> admission(long ecosystemId, long groupId) {
		return jdbc.sql("select * from ecosystem_admission where ecosystem_id = ? and group_id = ?")
			.params(ecosystemId, groupId)
			.query(EcosystemRepository::admission)
			.optional();
	}

	java.util.List<Admission> pending(long ecosystemId) {
		return jdbc.sql("select * from ecosystem_admission where ecosystem_id = ? and status = 'PENDING' order by applied_at")
			.param(ecosystemId)
			.query(EcosystemRepository::admission)
			.list();
	}

	/** A new application, or a new try after a refusal. */
	void apply(long ecosystemId, long groupId, String attested, long by, java.time.Instant at) {
		jdbc.sql("delete from ecosystem_admission where ecosystem_id = ? and group_id = ?").params(ecosystemId, groupId).update();
		jdbc.sql("""
				insert into ecosystem_admission (ecosystem_id, group_id, status, attested, applied_by, applied_at)
				values (?, ?, 'PENDING', ?, ?, ?)""")
			.params(ecosystemId, groupId, attested, by, utc(at))
			.update();
	}

	/** Decides a pending application; false when it was already decided (two stewards at once). */
	boolean decide(long ecosystemId, long groupId, Admission.Status status, @Nullable String reason, long by,
			java.time.Instant at) {
		contentVersion.changed();
		return jdbc.sql("""
				update ecosystem_admission set status = ?, reason = ?, decided_by = ?, decided_at = ?
				where ecosystem_id = ? and group_id = ? and status = 'PENDING'""")
			.params(status.name(), reason, by, utc(at), ecosystemId, groupId)
			.update() == 1;
	}

	private static Admission admission(ResultSet rs, int row) throws SQLException {
		var decided = rs.getTimestamp("decided_at");
		return new Admission(rs.getLong("ecosystem_id"), rs.getLong("group_id"), Admission.Status.valueOf(rs.getString("status")),
				rs.getString("attested").lines().toList(), rs.getString("reason"), rs.getTimestamp("applied_at").toInstant(),
				decided == null ? null : decided.toInstant());
	}

	/** Each ecosystem's logo (a method, not a field: this bean is a proxy). */
	StoredImages logos() {
		return logos;
	}

	Optional<Ecosystem> find(String keyword) {
		return jdbc.sql("select * from ecosystem where keyword = ?").param(keyword).query(EcosystemRepository::map).optional();
	}

	List<Ecosystem> all() {
		return jdbc.sql("select * from ecosystem order by lower(name)").query(EcosystemRepository::map).list();
	}

	List<Ecosystem> withKeywords(Collection<String> keywords) {
		if (keywords.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from ecosystem where keyword in (:keywords) order by lower(name)")
			.param("keywords", keywords)
			.query(EcosystemRepository::map)
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from ecosystem").query(Long.class).single();
	}

	private static Ecosystem map(ResultSet rs, int row) throws SQLException {
		return new Ecosystem(rs.getLong("id"), rs.getString("keyword"), rs.getString("name"), rs.getString("description"),
				rs.getString("charter"), rs.getString("embed_origins"), rs.getBoolean("moderated"),
				rs.getTimestamp("created_at").toInstant(), rs.getBoolean("shares_productions"));
	}
}
