package club.project;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import club.account.Accounts;
import club.directory.GroupDirectory;
import club.platform.ClubProperties;

/**
 * Cyou1's projects on a tracking board, so that the demo shows one of each kind of row: Exolife
 * active and overdue, Astronomie sensorielle active, Tentatives paused, Hologrammes an idea, with
 * updates by Camille and Moussa over the last weeks. Once the demo directory exists, when cyou1 has
 * no project yet. Written as history, without activity events.
 */
@Component
class DemoProjects {

	private final ProjectRepository projects;
	private final GroupDirectory directory;
	private final Accounts accounts;
	private final ClubProperties properties;
	private final Clock clock;

	DemoProjects(ProjectRepository projects, GroupDirectory directory, Accounts accounts, ClubProperties properties, Clock clock) {
		this.projects = projects;
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
		if (!properties.demo() || cyou.isEmpty() || demo.isEmpty() || !projects.ofGroup(cyou.get().id()).isEmpty()) {
			return;
		}
		long camille = demo.get().camille();
		long moussa = demo.get().moussa();
		long group = cyou.get().id();
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));

		long exolife = project(group, "Exolife", "Imaginer la vie sur d’autres planètes, à partir de ce que la biologie sait du vivant sur Terre.",
				"un ou une graphiste pour l’exposition", camille, now.minus(Duration.ofDays(40)));
		projects.addUpdate(exolife, camille, now.minus(Duration.ofDays(20)), ProjectUpdate.Kind.UPDATE, "Les panneaux de l’exposition sont écrits.");
		track(exolife, ProjectState.ACTIVE, "Trouver une salle pour l’exposition", moussa, today.minusDays(3), now.minus(Duration.ofDays(12)),
				camille, "La médiathèque répond la semaine prochaine.");
		// Moussa carries it too: he looks for the room.
		projects.addCarrier(exolife, moussa, now.minus(Duration.ofDays(15)));
		projects.addUpdate(exolife, moussa, now.minus(Duration.ofDays(15)), ProjectUpdate.Kind.CARRIER_ADDED, Long.toString(moussa));

		long astronomie = project(group, "Astronomie sensorielle", "Faire sentir le ciel par le toucher et le son, pour les personnes aveugles ou malvoyantes.",
				"des testeurs et testeuses", moussa, now.minus(Duration.ofDays(30)));
		track(astronomie, ProjectState.ACTIVE, "Deuxième séance d’essais", moussa, today.plusDays(10), now.minus(Duration.ofDays(2)), moussa,
				"Première séance d’essais avec six visiteurs : la carte en relief plaît.");

		long tentatives = project(group, "Tentatives", "Raconter les expériences ratées du groupe, pour que d’autres en profitent.", "", camille,
				now.minus(Duration.ofDays(60)));
		track(tentatives, ProjectState.PAUSED, "", null, null, now.minus(Duration.ofDays(25)), camille, "En pause jusqu’à la rentrée.");

		project(group, "Hologrammes", "Projeter des hologrammes simples avec un téléphone et une pyramide de plastique.", "quelqu’un qui a déjà essayé",
				moussa, now.minus(Duration.ofDays(5)));
	}

	/** An idea, with its first carrier. */
	private long project(long group, String title, String description, String needs, long carrier, Instant at) {
		long id = projects.insert(group, title, description, needs, ProjectState.IDEA, at);
		projects.addCarrier(id, carrier, at);
		return id;
	}

	private void track(long project, ProjectState state, String nextStep, @Nullable Long owner, @Nullable LocalDate due, Instant at, long author,
			String text) {
		projects.addUpdate(project, author, at, ProjectUpdate.Kind.STATE_CHANGE, state.name());
		projects.addUpdate(project, author, at, ProjectUpdate.Kind.UPDATE, text);
		projects.track(project, state, nextStep, owner, due, at);
	}
}
