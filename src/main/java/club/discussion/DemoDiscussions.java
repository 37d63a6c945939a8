package club.discussion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import club.account.Accounts;
import club.directory.GroupDirectory;
import club.platform.ClubProperties;

/**
 * The demo's discussion: Cyou1's members Camille and Moussa talk between meetings — a pinned
 * welcome thread, a question answered with a quote and a mention, and notes of the last meeting,
 * which Camille caught into the wiki's « Rencontres » page. Written as history (no mails: Camille
 * wrote what she caught). Once the demo members and groups exist (the application is ready).
 */
@Component
class DemoDiscussions {

	private final DiscussionRepository discussions;
	private final GroupDirectory directory;
	private final Accounts accounts;
	private final ClubProperties properties;
	private final Catching catching;
	private final Clock clock;

	DemoDiscussions(DiscussionRepository discussions, GroupDirectory directory, Accounts accounts, ClubProperties properties,
			Catching catching, Clock clock) {
		this.discussions = discussions;
		this.catching = catching;
		this.directory = directory;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void load() {
		var cyou = directory.find("cyou1");
		if (!properties.demo() || cyou.isEmpty() || discussions.countThreads(cyou.get().id()) > 0) {
			return;
		}
		var demo = accounts.demoMembers();
		if (demo.isEmpty()) {
			return;
		}
		long camille = demo.get().camille();
		long moussa = demo.get().moussa();
		long group = cyou.get().id();
		Instant now = clock.instant();
		long welcome = thread(group, "Bienvenue aux nouveaux membres", camille, now.minus(Duration.ofDays(40)),
				"Bienvenue dans la discussion de Cyou1 ! Présentez-vous ici : qui vous êtes, ce qui vous amène, le projet qui vous tente.");
		post(welcome, group, moussa, now.minus(Duration.ofDays(39)),
				"Bonjour à tous, Moussa, étudiant en électronique. Je découvre Cyou depuis la visite de l’exposition sur l’espace : **Exolife** m’intéresse beaucoup.");
		discussions.setPinned(welcome, true);
		long kits = thread(group, "Kits de robotique : qui peut les récupérer ?", moussa, now.minus(Duration.ofDays(6)),
				"Cap Sciences nous prête six kits de robotique pour l’atelier. Quelqu’un peut-il passer les chercher au 127° avant jeudi ?");
		post(kits, group, camille, now.minus(Duration.ofDays(5)), """
				> **Moussa Diallo** — quelqu’un peut-il passer les chercher au 127° avant jeudi ?

				Je m’en occupe mercredi. @Moussa, tu m’aides à les installer jeudi à 18 h ?""");
		post(kits, group, moussa, now.minus(Duration.ofDays(5)).plus(Duration.ofHours(2)), "Avec plaisir, à jeudi !");
		long report = thread(group, "Compte rendu de la rencontre d’octobre", camille, now.minus(Duration.ofDays(48)), """
				Merci aux neuf participants ! Ce qu’on retient :

				- Exolife cherche des volontaires pour tester la maquette ;
				- l’atelier robotique est à dater (sondage ouvert) ;
				- la prochaine rencontre est le premier mardi du mois, en ligne.""");
		DiscussionThread notes = discussions.thread(report).orElseThrow();
		catching.intoSection(cyou.get(), catching.of(notes, discussions.messages(report, 1, 1).getFirst()), "rencontres",
				"Rencontre d’octobre", camille, Locale.FRENCH);
	}

	private long thread(long group, String title, long author, Instant at, String body) {
		long id = discussions.insertThread(group, title, author, at);
		discussions.append(id, group, author, body, SearchText.of(title + "\n" + body), at);
		return id;
	}

	private void post(long thread, long group, long author, Instant at, String body) {
		discussions.append(thread, group, author, body, SearchText.of(body), at);
	}
}
