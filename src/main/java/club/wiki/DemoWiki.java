package club.wiki;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import club.account.Accounts;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.platform.ClubProperties;

/**
 * Cyou1's wiki, so that the demo shows a page with a history: its preconfigured pages, the
 * Projets page linking to Exolife, and Exolife written in four revisions by Camille and Moussa over
 * the last month. Once the demo directory exists (the application is ready), when Exolife is not
 * there yet. Written as history, without activity events.
 */
@Component
class DemoWiki {

	static final String PAGE = "Exolife";

	private final Wiki wiki;
	private final WikiRepository wikis;
	private final GroupDirectory directory;
	private final Accounts accounts;
	private final ClubProperties properties;
	private final Clock clock;

	DemoWiki(Wiki wiki, WikiRepository wikis, GroupDirectory directory, Accounts accounts, ClubProperties properties, Clock clock) {
		this.wiki = wiki;
		this.wikis = wikis;
		this.directory = directory;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void load() {
		var cyou = directory.find("cyou1");
		var demo = accounts.demoMembers();
		if (!properties.demo() || cyou.isEmpty() || demo.isEmpty()) {
			return;
		}
		long camille = demo.get().camille();
		long moussa = demo.get().moussa();
		Group group = cyou.get();
		wiki.open(group);
		if (wikis.find(group.id(), WikiLinks.slug(PAGE)).isPresent()) {
			return;
		}
		Instant now = clock.instant();
		wikis.find(group.id(), WikiLinks.slug(PreconfiguredPages.PROJECTS)).ifPresent(projects -> wikis.revise(projects.id(),
				projects.revision(), projects.title(), """
						Les projets du groupe, avec pour chacun son porteur, son facilitateur et où il en est.

						| Projet | Porteur | Où il en est |
						|---|---|---|
						| [[Exolife]] | Camille | exposition en préparation |
						| [[Astronomie sensorielle]] | Moussa | essais avec des visiteurs |
						""", camille, "Deux projets", now));
		WikiPage exolife = wikis.insert(group.id(), WikiLinks.slug(PAGE), PAGE, """
				Exolife imagine la vie sur d’autres planètes.

				Porteuse : Camille.
				""", camille, "Première version", now.minus(Duration.ofDays(30)));
		int revision = exolife.revision();
		String[][] revisions = {
				{ "Objectifs", """
						Exolife imagine la vie sur d’autres planètes, à partir de ce que la biologie sait du vivant sur Terre.

						Porteuse : Camille.

						## Objectifs
						- une exposition de dessins et de maquettes ;
						- un atelier pour les scolaires.
						""" },
				{ "Qui fait quoi", """
						Exolife imagine la vie sur d’autres planètes, à partir de ce que la biologie sait du vivant sur Terre.

						Porteuse : Camille. Facilitateur : Moussa.

						## Objectifs
						- une exposition de dessins et de maquettes ;
						- un atelier pour les scolaires.

						## Qui fait quoi
						- dessins : l’atelier du jeudi ;
						- biologie : Moussa et deux étudiants ;
						- maquettes : avec le groupe Fablabs.
						""" },
				{ "Date de l’exposition", """
						Exolife imagine la vie sur d’autres planètes, à partir de ce que la biologie sait du vivant sur Terre.

						Porteuse : Camille. Facilitateur : Moussa.

						## Objectifs
						- une exposition de dessins et de maquettes, au 127° au printemps ;
						- un atelier pour les scolaires.

						## Qui fait quoi
						- dessins : l’atelier du jeudi ;
						- biologie : Moussa et deux étudiants ;
						- maquettes : avec le groupe Fablabs.

						Voir aussi les [[Rencontres]] où le projet est présenté.
						""" } };
		long[] authors = { moussa, moussa, camille };
		int[] daysAgo = { 21, 12, 3 };
		for (int i = 0; i < revisions.length; i++) {
			wikis.revise(exolife.id(), revision++, PAGE, revisions[i][1], authors[i], revisions[i][0], now.minus(Duration.ofDays(daysAgo[i])));
		}
	}
}
