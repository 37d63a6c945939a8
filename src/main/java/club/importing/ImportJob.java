package club.importing;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** An import: its source and mapping, then its progress and report. */
public record ImportJob(long id, String source, SourceFormat format, @Nullable String fileName, String content,
		Map<ImportField, String> mapping, Status status, Locale locale, int total, int processed,
		@Nullable ImportReport report, Instant createdAt, @Nullable Instant finishedAt) {

	public enum Status {
		/** Uploaded; the mapping can be changed and dry runs made. */
		READY,
		/** Being applied in the background. */
		RUNNING,
		DONE
	}

	public int percent() {
		return total == 0 ? 100 : processed * 100 / total;
	}
}
