package club.vitality;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The vitality engine's platform-wide settings.
 *
 * @param lowSeasons the low seasons of the year, each MM-dd/MM-dd (start included, end excluded)
 * @param lowSeasonWeight how much a day of a low season counts, from 0 (like a quiet period, but
 * nudges still go) to 1 (like any day)
 */
@ConfigurationProperties("club.vitality")
record VitalityProperties(@DefaultValue({ Seasons.SUMMER, Seasons.YEAR_END }) List<String> lowSeasons,
		@DefaultValue(Seasons.WEIGHT) double lowSeasonWeight) {
}
