package club.wiki;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import club.directory.Group;
import club.directory.GroupEcosystems;
import club.directory.GroupMembership;
import club.directory.ServiceLink;

/**
 * The pages a group's wiki starts with (seed 001: « un wiki généré automatiquement, avec des
 * éléments préconfigurés à partir de la base de données »), written from its record: its name and
 * description, how to join (its entry process), its meetings, its projects and resources links,
 * its ecosystems' charters. In French, the platform's language; every page is editable.
 */
@Component
class PreconfiguredPages {

	static final String HOME = "Accueil";
	static final String JOIN = "Comment nous rejoindre";
	static final String MEETINGS = "Rencontres";
	static final String PROJECTS = "Projets";
	static final String RESOURCES = "Ressources";
	static final String CHARTER = "Charte";

	record Preconfigured(String title, String body) {
	}

	private final GroupMembership memberships;
	private final GroupEcosystems ecosystems;
	private final MessageSource messages;

	PreconfiguredPages(GroupMembership memberships, GroupEcosystems ecosystems, MessageSource messages) {
		this.memberships = memberships;
		this.ecosystems = ecosystems;
		this.messages = messages;
	}

	List<Preconfigured> of(Group group) {
		return List.of(home(group), join(group), meetings(group), projects(group), resources(group), charter(group));
	}

	private Preconfigured home(Group group) {
		String description = group.description() == null || group.description().isBlank() ? "" : "\n" + group.description().strip() + "\n";
		return new Preconfigured(HOME, """
				## Bienvenue dans le groupe %s

				*%s*
				%s
				Ce wiki est l’espace de partage du groupe : chaque membre peut modifier ses pages, et chaque version est gardée.

				- [[%s]]
				- [[%s]]
				- [[%s]]
				- [[%s]]
				- [[%s]]

				La [page du groupe](/g/%s) dans l’annuaire.
				""".formatted(group.name(), group.tagline(), description, JOIN, MEETINGS, PROJECTS, RESOURCES, CHARTER, group.slug()));
	}

	private Preconfigured join(Group group) {
		String process = memberships.standing(group, Optional.empty()).process();
		String hint = messages.getMessage("membership.process." + process + ".hint", null, "", Locale.FRENCH);
		return new Preconfigured(JOIN, """
				Entrée dans le groupe : **%s** — %s

				Pour demander à entrer, ouvrez la [page du groupe](/g/%s) et suivez le bouton « Rejoindre ».%s

				Ensuite : présentez-vous à la prochaine [[%s|rencontre]].
				""".formatted(messages.getMessage("membership.process." + process, null, process, Locale.FRENCH), hint, group.slug(),
				link(group, ServiceLink.SUBSCRIBE, "\n\nS’inscrire aussi à la liste du groupe : "), MEETINGS));
	}

	private Preconfigured meetings(Group group) {
		return new Preconfigured(MEETINGS, """
				Les [rencontres du groupe](/g/%s/meetings), en ligne ou sur place, et leur [calendrier à ajouter à votre agenda](/g/%s/meetings.ics).%s

				Notez ici ce qui reste des rencontres : comptes rendus, décisions, prochaines étapes.
				""".formatted(group.slug(), group.slug(), link(group, ServiceLink.MEETINGS, "\n\nAutre page des rencontres : ")));
	}

	private Preconfigured projects(Group group) {
		return new Preconfigured(PROJECTS, """
				Les projets du groupe, avec pour chacun son porteur, son facilitateur et où il en est.%s%s

				| Projet | Porteur | Où il en est |
				|---|---|---|
				| | | |
				""".formatted(link(group, ServiceLink.PROJECTS, "\n\nActions et projets : "),
				link(group, ServiceLink.TRACKING, "\n\nSuivi des projets : ")));
	}

	private Preconfigured resources(Group group) {
		return new Preconfigured(RESOURCES, """
				Ce que le groupe produit et partage : méthodes, récits, cas, outils, documents.

				Les [ressources et productions du groupe](/g/%s/resources) : liens, fichiers et notes.%s%s
				""".formatted(group.slug(), link(group, ServiceLink.RESOURCES, "\n\nAutre page des ressources : "),
				link(group, ServiceLink.CATALOGUE, "\n\nCatalogue de projets stimulants : ")));
	}

	private Preconfigured charter(Group group) {
		var charters = ecosystems.of(group).stream()
			.map(ecosystem -> "- [Charte de l’écosystème %s](/e/%s#charter)".formatted(ecosystem.name(), ecosystem.keyword()))
			.toList();
		String ecosystemCharters = charters.isEmpty() ? "" : "\nLes chartes des écosystèmes du groupe :\n\n" + String.join("\n", charters) + "\n";
		return new Preconfigured(CHARTER, """
				Ce à quoi les membres du groupe s’engagent :

				1. le groupe est ouvert à toutes celles et ceux qui le souhaitent ;
				2. il développe le pouvoir d’agir de ses membres ;
				3. il partage ses productions publiquement (par exemple sous licence Creative Commons BY-SA).
				%s""".formatted(ecosystemCharters));
	}

	/** The group's link to that service, after that text; empty when it has none. */
	private static String link(Group group, ServiceLink service, String before) {
		String url = group.links().get(service);
		return url == null || url.isBlank() ? "" : before + "<" + url.strip() + ">";
	}
}
