package club.wiki;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import club.directory.GroupDirectory;

/**
 * A page with a long history, for benchmarks: {@code --club.generate.wiki-revisions=500} writes
 * the page « Journal de bord » of the demo group cyou1's wiki in that many revisions, an hour
 * apart, each changing a line and adding one (revision 500 has about 500 lines). Once the
 * application is ready, when the page is not there yet.
 */
@Component
class WikiGenerator {

	private static final Logger log = LoggerFactory.getLogger(WikiGenerator.class);
	static final String GROUP = "cyou1";
	static final String PAGE = "Journal de bord";

	private final Wiki wiki;
	private final WikiRepository wikis;
	private final GroupDirectory directory;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final int target;

	WikiGenerator(Wiki wiki, WikiRepository wikis, GroupDirectory directory, TransactionTemplate transactions, Clock clock,
			@Value("${club.generate.wiki-revisions:0}") int target) {
		this.wiki = wiki;
		this.wikis = wikis;
		this.directory = directory;
		this.transactions = transactions;
		this.clock = clock;
		this.target = target;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void generate() {
		if (target <= 0) {
			return;
		}
		var group = directory.find(GROUP);
		if (group.isEmpty()) {
			log.warn("No group {}: the wiki generator needs the demo directory (club.demo=true)", GROUP);
			return;
		}
		wiki.open(group.get());
		String slug = WikiLinks.slug(PAGE);
		if (wikis.find(group.get().id(), slug).isPresent()) {
			return;
		}
		Instant start = clock.instant().minus(Duration.ofHours(target));
		transactions.executeWithoutResult(status -> {
			var body = new StringBuilder("# " + PAGE + "\n\n");
			WikiPage page = wikis.insert(group.get().id(), slug, PAGE, body.toString(), null, "Revision 1", start);
			for (int number = 2; number <= target; number++) {
				String changed = body.toString().replace("(à relire)", "(relu à la révision " + number + ")");
				body.setLength(0);
				body.append(changed).append("- Entrée ").append(number).append(" : compte rendu de la séance, (à relire)\n");
				wikis.revise(page.id(), number - 1, PAGE, body.toString(), null, "Revision " + number, start.plus(Duration.ofHours(number)));
			}
		});
		log.info("Generated {} revisions of the wiki page /g/{}/wiki/{}", target, GROUP, slug);
	}
}
