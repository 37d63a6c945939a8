package club.place;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import club.access.Access;
import club.account.Accounts;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.membership.EntryProcess;
import club.membership.EntryRule;
import club.platform.ClubProperties;

/**
 * A demo tiers-lieu that hosts the Cyou group, with an open monthly plan and a yearly one on
 * application and interview, run by the demo member Camille. Once the demo members and groups
 * exist (the application is ready).
 */
@Component
class DemoPlaces {

	private final PlaceRepository places;
	private final Access access;
	private final Accounts accounts;
	private final GroupDirectory directory;
	private final ClubProperties properties;
	private final Clock clock;

	DemoPlaces(PlaceRepository places, Access access, Accounts accounts, GroupDirectory directory, ClubProperties properties, Clock clock) {
		this.places = places;
		this.access = access;
		this.accounts = accounts;
		this.directory = directory;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void load() {
		if (!properties.demo() || !places.all().isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		long id = places.insert(new Place(0, "le-hangar", "Le Hangar", "Un tiers-lieu de Bordeaux où se retrouvent des communautés d’innovateurs.",
				"""
						Le Hangar accueille des **communautés de pratique** : un atelier partagé, des salles de réunion et un \
						café où les groupes se retrouvent. Il vit des adhésions de ses membres, dont le prix suit les services \
						proposés.""",
				"12 quai de Bacalan, 33300 Bordeaux", 44.8610, -0.5530,
				List.of("Ouverture à tous les curieux", "Partage des savoirs et des productions", "Gouvernance par les membres"),
				List.of("Atelier et outils", "Salles de réunion", "Café et coworking", "Accompagnement de projets"), "EUR", now, now));
		places.hostGroups(id, directory.find("cyou1").map(Group::id).stream().toList());
		places.insert(new Plan(0, id, "Découverte", 1500, Plan.Period.MONTH, List.of("Café et coworking", "Rencontres des groupes"),
				EntryRule.OPEN, true), now);
		places.insert(new Plan(0, id, "Résident", 24000, Plan.Period.YEAR,
				List.of("Atelier et outils", "Salles de réunion", "Café et coworking", "Accompagnement de projets"),
				new EntryRule(EntryProcess.APPLICATION, 2,
						List.of("Quel projet voulez-vous mener au Hangar ?", "Que pouvez-vous apporter aux autres résidents ?")),
				true), now);
		accounts.idsByEmail(List.of("camille@demo.club.localhost")).values().forEach(camille -> access.makeOperator(id, camille, now));
	}
}
