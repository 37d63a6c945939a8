package club.vitality.simulation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What {@link SimulationScorer} found: one row per kind of fault, the false nudges, the nudges
 * during declared pauses and quiet periods, and the benchmark's targets; printable as Markdown.
 */
public record SimulationScore(List<Row> rows, long nudges, long falseNudges, Map<Indicator, Long> falseNudgesByIndicator,
		double groupQuarters, long nudgesWhileOff, List<Target> targets) {

	/**
	 * One kind of fault: how many were injected and detected, the median delay of the first
	 * detection after the missed date (negative: before it), the share of all injected caught
	 * before the missed date, and the share detected at most 6 weeks after it.
	 */
	public record Row(String label, int injected, int detected, @Nullable Double medianDelayDays, double caughtBefore,
			double withinSixWeeks) {

		public double detectionRate() {
			return injected == 0 ? 0 : (double) detected / injected;
		}
	}

	/** A target of the benchmark, the value measured, and whether it is met. */
	public record Target(String measure, String value, String goal, boolean met) {
	}

	public Row row(String label) {
		return rows.stream()
			.filter(row -> row.label().equals(label))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No row " + label));
	}

	public double falseNudgesPerGroupQuarter() {
		return groupQuarters == 0 ? 0 : falseNudges / groupQuarters;
	}

	public boolean allTargetsMet() {
		return targets.stream().allMatch(Target::met);
	}

	public String toMarkdown() {
		var out = new StringBuilder();
		out.append("| fault | injected | detected | detection rate | median delay (days) | caught before the missed date | within 6 weeks |\n");
		out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		for (Row row : rows) {
			out.append("| %s | %d | %d | %s | %s | %s | %s |\n".formatted(row.label(), row.injected(), row.detected(),
					percent(row.detectionRate()), row.medianDelayDays() == null ? "–" : number(row.medianDelayDays()),
					percent(row.caughtBefore()), percent(row.withinSixWeeks())));
		}
		out.append("\n%d nudges; %d false over %s group-quarters (%s per group per quarter; by indicator: %s); %d during declared pauses or quiet periods.\n"
			.formatted(nudges, falseNudges, number(groupQuarters), number(falseNudgesPerGroupQuarter()), falseNudgesByIndicator,
					nudgesWhileOff));
		out.append("\n| target | measured | goal | met |\n| --- | ---: | ---: | --- |\n");
		for (Target target : targets) {
			out.append("| %s | %s | %s | %s |\n".formatted(target.measure(), target.value(), target.goal(), target.met() ? "yes" : "**no**"));
		}
		return out.toString();
	}

	static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f %%", 100 * share);
	}

	static String number(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}
}
