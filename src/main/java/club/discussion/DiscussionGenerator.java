package club.discussion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import club.account.Accounts;
import club.directory.GroupDirectory;

/**
 * A large discussion for benchmarks, on PostgreSQL: {@code --club.generate.discussion-messages=1000000}
 * fills the demo group Cyou1 with that many messages by Camille, in threads of 1,000 ("Banc 1",
 * "Banc 2"…), written from a vocabulary of 5,000 made-up words drawn with a Zipf-like skew (a
 * few words are in most messages, most in few). Seeded: the same words every time; the log
 * names a frequent, a middling and a rare one to search for. Once the application is ready.
 */
@Component
class DiscussionGenerator {

	private static final Logger log = LoggerFactory.getLogger(DiscussionGenerator.class);
	static final int PER_THREAD = 1_000;
	private static final int VOCABULARY = 5_000;

	private final JdbcClient jdbc;
	private final GroupDirectory directory;
	private final Accounts accounts;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final int target;

	DiscussionGenerator(JdbcClient jdbc, GroupDirectory directory, Accounts accounts, TransactionTemplate transactions, Clock clock,
			@Value("${club.generate.discussion-messages:0}") int target) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.accounts = accounts;
		this.transactions = transactions;
		this.clock = clock;
		this.target = target;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void generate() {
		if (target <= 0) {
			return;
		}
		var group = directory.find("cyou1");
		var demo = accounts.demoMembers();
		if (group.isEmpty() || demo.isEmpty()) {
			log.warn("No demo group cyou1 or no demo member Camille: start with --club.demo=true");
			return;
		}
		long started = System.nanoTime();
		List<String> words = vocabulary();
		// The made-up words are letters only: written into the statement as a VALUES list.
		var vocabulary = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			vocabulary.append(i == 0 ? "" : ",").append("(").append(i + 1).append(",'").append(words.get(i)).append("')");
		}
		Instant start = clock.instant().minus(Duration.ofDays(365));
		int threads = Math.max(1, target / PER_THREAD);
		for (int first = 1; first <= threads; first += 50) {
			int last = Math.min(threads, first + 49);
			int from = first;
			transactions.executeWithoutResult(status -> {
				for (int n = from; n <= last; n++) {
					jdbc.sql("""
							insert into discussion_thread (group_id, title, author_id, created_at, last_posted_at, message_count, pinned, locked)
							values (?, ?, ?, ?, ?, ?, false, false)""")
						.params(group.get().id(), "Banc " + n, demo.get().camille(), java.sql.Timestamp.from(start), java.sql.Timestamp.from(start), PER_THREAD)
						.update();
				}
				// Each message: 8 to 19 words, each drawn as floor(5000 ^ random()): word 1 in one draw of 12, word 4,000 in one of 35,000.
				jdbc.sql("""
						insert into discussion_message (thread_id, group_id, position, author_id, body, posted_at, hidden, search_text)
						select t.id, t.group_id, p.n, t.author_id, x.body, t.created_at + p.n * interval '1 minute', false, x.body
						from discussion_thread t
						cross join generate_series(1, :per) as p(n)
						cross join lateral (
						  select string_agg(w.w, ' ') as body
						  from (select least(:vocabulary, floor(power(:vocabulary, random()) + 0 * (g.k + p.n + t.id))::integer) as i
						        from generate_series(1, 8 + mod(p.n + t.id::integer, 12)) as g(k)) as drawn
						  join (values %s) as w(i, w) on w.i = drawn.i
						) as x
						where t.group_id = :group and t.title in (:titles)""".formatted(vocabulary))
					.param("per", PER_THREAD)
					.param("vocabulary", VOCABULARY)
					.param("group", group.get().id())
					.param("titles", java.util.stream.IntStream.rangeClosed(from, last).mapToObj(n -> "Banc " + n).toList())
					.update();
			});
		}
		jdbc.sql("analyze discussion_message").update();
		log.info("Generated {} discussion messages in {} threads of cyou1 in {} s; search words: frequent={}, middling={}, rare={}",
				threads * PER_THREAD, threads, (System.nanoTime() - started) / 1_000_000_000, words.get(0), words.get(99), words.get(3999));
	}

	/** 5,000 distinct made-up words of two to four syllables, the same every time. */
	static List<String> vocabulary() {
		String[] syllables = { "ba", "be", "bi", "bo", "ca", "ce", "co", "da", "de", "di", "fa", "fe", "ga", "la", "le", "li", "lo", "ma", "me", "mi",
				"mo", "na", "ne", "ni", "no", "pa", "pe", "pi", "po", "ra", "re", "ri", "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to", "va",
				"ve", "vi", "vo", "za", "zo", "lu", "mu", "tu" };
		var random = new Random(2026);
		var words = new java.util.LinkedHashSet<String>();
		while (words.size() < VOCABULARY) {
			var word = new StringBuilder();
			int count = 2 + random.nextInt(3);
			for (int i = 0; i < count; i++) {
				word.append(syllables[random.nextInt(syllables.length)]);
			}
			words.add(word.toString());
		}
		return new ArrayList<>(words);
	}
}
