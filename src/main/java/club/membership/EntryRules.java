package club.membership;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Checks an entry rule as typed in a settings form (a group's, a plan's): the number of vouches
 * for a co-optation, the questions of an application, one per line. What the chosen process
 * doesn't use is kept from the current rule, so switching back and forth loses nothing.
 */
public final class EntryRules {

	private EntryRules() {
	}

	/** The rule, or null with the messages in {@code errors} (fields "vouches" and "questions"). */
	public static @Nullable EntryRule check(EntryProcess process, String vouches, String questions, EntryRule current,
			Map<String, String> errors, MessageSource messages, Locale locale) {
		int needed = current.vouchesNeeded();
		if (process == EntryProcess.COOPTATION) {
			try {
				needed = Integer.parseInt(vouches.strip());
			}
			catch (NumberFormatException notANumber) {
				needed = -1;
			}
			if (needed < 1 || needed > EntryRule.MAX_VOUCHES) {
				errors.put("vouches", messages.getMessage("membership.settings.vouches.range", new Object[] { EntryRule.MAX_VOUCHES }, locale));
			}
		}
		List<String> lines = current.questions();
		if (process == EntryProcess.APPLICATION) {
			lines = questions.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
			if (lines.isEmpty() || lines.size() > EntryRule.MAX_QUESTIONS
					|| lines.stream().anyMatch(line -> line.length() > EntryRule.MAX_QUESTION_LENGTH)) {
				errors.put("questions", messages.getMessage("membership.settings.questions.range",
						new Object[] { EntryRule.MAX_QUESTIONS }, locale));
			}
		}
		return errors.containsKey("vouches") || errors.containsKey("questions") ? null : new EntryRule(process, needed, lines);
	}
}
