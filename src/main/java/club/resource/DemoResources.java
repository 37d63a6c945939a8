package club.resource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import club.access.Audience;
import club.account.Accounts;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.platform.ClubProperties;

/**
 * The demo's shared spaces: Cyou1's production (its guide to the Exolife exhibition, a Markdown
 * file), a link to Cap Sciences, a note caught from its discussion and a members-only file of
 * minutes; Anim-fr's production, a note on intelligence-collective debates. Once the demo
 * directory exists, when Cyou1 has no resource yet. Written as history, without activity events.
 */
@Component
class DemoResources {

	static final String GUIDE = """
			# Exolife — guide de l’exposition

			Ce guide est la production du groupe Cyou1 : ce que nous avons appris en imaginant la vie ailleurs.

			1. Partir de ce que la biologie sait du vivant sur Terre.
			2. Changer une seule condition à la fois : la gravité, la lumière, la température.
			3. Dessiner, puis discuter avec un ou une scientifique.
			""";

	private final ResourceRepository resources;
	private final FileInspector files;
	private final GroupDirectory directory;
	private final Accounts accounts;
	private final ClubProperties properties;
	private final Clock clock;

	DemoResources(ResourceRepository resources, FileInspector files, GroupDirectory directory, Accounts accounts, ClubProperties properties,
			Clock clock) {
		this.resources = resources;
		this.files = files;
		this.directory = directory;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void load() throws FileInspector.Refused {
		var cyou = directory.find("cyou1");
		var demo = accounts.demoMembers();
		if (!properties.demo() || cyou.isEmpty() || demo.isEmpty()
				|| resources.count(cyou.get().id(), new ResourceRepository.Filter(true, null, null, false)) > 0) {
			return;
		}
		write(cyou.get().id(), directory.find("anim-fr").map(Group::id).orElse(null), demo.get().camille(), demo.get().moussa());
	}

	/** Cyou1's resources (and Anim-fr's production, when there is an Anim-fr), added by these two members. */
	void write(long group, @Nullable Long animFr, long camille, long moussa) throws FileInspector.Refused {
		Instant now = clock.instant();
		long guide = add(group, ResourceKind.FILE, "Exolife — guide de l’exposition",
				"Le document original du groupe : comment imaginer la vie sur d’autres planètes avec le public.", null, List.of("exolife", "guide"),
				true, Audience.PUBLIC, camille, null, null, null, now.minus(Duration.ofDays(10)));
		resources.storeFile(guide, files.inspect("exolife-guide.md", GUIDE.getBytes(StandardCharsets.UTF_8)));
		add(group, ResourceKind.LINK, "Cap Sciences", "Le centre de culture scientifique qui accueille le groupe.", "https://www.cap-sciences.net",
				List.of("partenaire"), false, Audience.PUBLIC, moussa, null, null, null, now.minus(Duration.ofDays(20)));
		add(group, ResourceKind.TEXT, "Tester avec six visiteurs suffit",
				"Pour l’astronomie sensorielle, une première séance avec **six visiteurs** a suffi à voir ce qui marche : la carte en relief.",
				null, List.of("méthode", "astronomie"), false, Audience.MEMBERS, camille, moussa, null, "Liste de discussion de Cyou1",
				now.minus(Duration.ofDays(3)));
		long minutes = add(group, ResourceKind.FILE, "Compte rendu de la dernière rencontre", "Les décisions et les prochaines étapes.", null,
				List.of("compte rendu"), false, Audience.MEMBERS, moussa, null, null, null, now.minus(Duration.ofDays(1)));
		resources.storeFile(minutes, files.inspect("compte-rendu.txt",
				"Présents : 12. Décisions : exposition Exolife au printemps ; deuxième séance d’essais.".getBytes(StandardCharsets.UTF_8)));

		if (animFr != null) {
			add(animFr, ResourceKind.TEXT, "Débattre en intelligence collective", """
				Notre production : la méthode que les facilitateurs de coop-group ont mise au point.

				- une question ouverte, posée une semaine avant ;
				- des tours de parole courts ;
				- une synthèse écrite le jour même, partagée sous licence CC BY-SA.""", null, List.of("méthode", "débat"), true,
				Audience.PUBLIC, camille, null, null, null, now.minus(Duration.ofDays(15)));
		}
	}

	private long add(long group, ResourceKind kind, String title, String description, @Nullable String url, List<String> tags, boolean production,
			Audience audience, long addedBy, @Nullable Long credited, @Nullable String sourceUrl, @Nullable String sourceLabel, Instant at) {
		return resources.insert(group, new ResourceForm.Checked(kind, title, description, url, tags, License.DEFAULT, production, audience,
				sourceUrl, sourceLabel), addedBy, credited, at);
	}
}
