package club.ecosystem;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An ecosystem: a keyword, its name and charter. {@code embedOrigins} lists the sites allowed
 * to frame its embed page (space-separated origins), or null for any site. {@code sharesProductions}:
 * its charter asks its groups to share their productions publicly (they are then public by default).
 */
public record Ecosystem(long id, String keyword, String name, @Nullable String description, String charter,
		@Nullable String embedOrigins, boolean moderated, Instant createdAt, boolean sharesProductions) {

	/** An ecosystem whose charter does not ask its groups to share their productions. */
	public Ecosystem(long id, String keyword, String name, @Nullable String description, String charter, @Nullable String embedOrigins,
			boolean moderated, Instant createdAt) {
		this(id, keyword, name, description, charter, embedOrigins, moderated, createdAt, false);
	}

	/** The charter's rules, one per non-empty line: what a group attests when it applies. */
	public java.util.List<String> rules() {
		return charter.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** Coop-group's three lines (seed 001), the default charter of a new ecosystem. */
	public static final String COOP_GROUP_CHARTER = """
			1. Le groupe est ouvert à tous ceux qui le souhaitent, sans adhésion ni autre restriction.
			2. Le groupe s’engage à développer le pouvoir d’agir de ses membres.
			3. Le groupe partage publiquement ses productions (par exemple sous licence Creative Commons BY-SA).""";
}
