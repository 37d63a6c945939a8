package club.ecosystem;

import static club.platform.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import club.platform.web.ContentVersion;

@Repository
class EcosystemRepository {

	private final JdbcClient jdbc;
	private final ContentVersion contentVersion;

	EcosystemRepository(JdbcClient jdbc, ContentVersion contentVersion) {
		this.jdbc = jdbc;
		this.contentVersion = contentVersion;
	}

	void insert(Ecosystem ecosystem) {
		contentVersion.changed();
		jdbc.sql("""
				insert into ecosystem (keyword, name, description, charter, embed_origins, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(ecosystem.keyword(), ecosystem.name(), ecosystem.description(), ecosystem.charter(),
					ecosystem.embedOrigins(), utc(ecosystem.createdAt()))
			.update();
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
				rs.getString("charter"), rs.getString("embed_origins"), rs.getTimestamp("created_at").toInstant());
	}
}
