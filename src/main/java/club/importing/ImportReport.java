package club.importing;

import java.util.List;

/** What an import did, or would do in a dry run: one row per entry of the source. */
public record ImportReport(boolean dryRun, List<Row> rows) {

	public enum Action {
		CREATED, UPDATED, SKIPPED
	}

	public record Row(int line, String externalId, String name, Action action, List<String> reasons) {
	}

	public long count(Action action) {
		return rows.stream().filter(row -> row.action() == action).count();
	}
}
