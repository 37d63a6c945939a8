package club.membership;

import java.util.List;

/**
 * How one gets into something: a group, or a place's membership plan. The same engine runs
 * them all: requests, vouches, interview slots, decisions and their history.
 */
public record EntryRule(EntryProcess process, int vouchesNeeded, List<String> questions) {

	public static final int MAX_VOUCHES = 20;
	public static final int MAX_QUESTIONS = 10;
	public static final int MAX_QUESTION_LENGTH = 300;

	public static final EntryRule OPEN = new EntryRule(EntryProcess.OPEN, 2, List.of());
}
