package club.vitality;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The low seasons of the year — summer, the end-of-year holidays — when most groups slow down
 * without declaring a break: their time counts for {@code weight} of ordinary time, so that an
 * activity is expected later and a silence takes longer to become improbable. Nudges are still
 * sent (a declared quiet period, which counts for nothing, stops them). The platform's defaults
 * are the French school calendar's; {@code club.vitality.low-seasons} changes them.
 */
public record Seasons(List<Span> lowSeasons, double weight, ZoneId zone) {

	/** The defaults, written once for the configuration and the benchmark. */
	public static final String SUMMER = "07-14/09-01";
	public static final String YEAR_END = "12-20/01-04";
	public static final String WEIGHT = "0.4";

	/** No low season: every day counts alike. */
	public static final Seasons NONE = new Seasons(List.of(), 1, ZoneOffset.UTC);

	public Seasons {
		if (!(weight >= 0 && weight <= 1)) {
			throw new IllegalArgumentException("The low seasons' weight must lie between 0 and 1, not " + weight);
		}
		lowSeasons = List.copyOf(lowSeasons);
	}

	public static Seasons defaults(ZoneId zone) {
		return of(List.of(SUMMER, YEAR_END), Double.parseDouble(WEIGHT), zone);
	}

	public static Seasons of(List<String> spans, double weight, ZoneId zone) {
		return new Seasons(spans.stream().map(Span::parse).toList(), weight, zone);
	}

	/** From one day of the year (included) to another (excluded), across the new year when it comes first. */
	public record Span(MonthDay from, MonthDay until) {

		/** "07-14/09-01": from July 14 to August 31. */
		static Span parse(String text) {
			String[] days = text.strip().split("/");
			try {
				if (days.length == 2) {
					return new Span(MonthDay.parse("--" + days[0].strip()), MonthDay.parse("--" + days[1].strip()));
				}
			}
			catch (DateTimeException invalid) {
				// reported below, with the expected form
			}
			throw new IllegalArgumentException("A low season reads MM-dd/MM-dd (07-14/09-01), not \"" + text + "\"");
		}
	}

	/** The low seasons from two years before that instant to the year after, as {start, end} epoch seconds. */
	List<long[]> around(long epochSecond) {
		var spans = new ArrayList<long[]>();
		if (weight >= 1) {
			return spans;
		}
		int year = Instant.ofEpochSecond(epochSecond).atZone(zone).getYear();
		for (int y = year - 2; y <= year + 1; y++) {
			for (Span span : lowSeasons) {
				int untilYear = span.until().isAfter(span.from()) ? y : y + 1;
				spans.add(new long[] { span.from().atYear(y).atStartOfDay(zone).toEpochSecond(),
						span.until().atYear(untilYear).atStartOfDay(zone).toEpochSecond() });
			}
		}
		return spans;
	}
}
