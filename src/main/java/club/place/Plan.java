package club.place;

import java.time.LocalDate;
import java.util.List;

import club.membership.EntryRule;

/** A membership plan: a price per period, the services included, and how one gets in. */
public record Plan(long id, long placeId, String name, long priceCents, Period period, List<String> services, EntryRule rule,
		boolean active) {

	public enum Period {
		MONTH, YEAR;

		/** The last day of a membership starting on that day. */
		public LocalDate end(LocalDate start) {
			return (this == MONTH ? start.plusMonths(1) : start.plusYears(1)).minusDays(1);
		}
	}
}
