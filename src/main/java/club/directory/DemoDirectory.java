package club.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import club.platform.ClubProperties;

/**
 * The coop-group world of seed 001, loaded into an empty directory when demo content is on:
 * the Cyou core group at Cap Sciences, the two support communities that network the
 * ecosystems, the helpers, thematic groups, and territorial groups in ten countries of
 * French-speaking Africa. Keywords make the ecosystems: coop-group, cyou, afrique-ouest.
 */
/* Before the benchmark generator: the demo loads only into an empty directory. */
@Order(0)
@Component
class DemoDirectory implements ApplicationRunner {

	private final GroupRepository groups;
	private final ClubProperties properties;
	private final Clock clock;

	DemoDirectory(GroupRepository groups, ClubProperties properties, Clock clock) {
		this.groups = groups;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demo() || groups.count() > 0) {
			return;
		}
		Instant now = clock.instant();
		add(now, "cyou1", "Cyou1", "Le groupe noyau de Cyou : sciences, technologies et innovation avec Cap Sciences",
				GroupType.THEMATIC, """
						Cyou1 est le premier groupe de Cyou, la communauté des visiteurs de Cap Sciences qui veulent continuer \
						à échanger après leur visite. Il se réunit tous les deux mois, discute sur sa liste entre les rencontres \
						et partage ses productions en ligne et au 127°, le lieu de Cap Sciences.

						Cinq projets collectifs ouverts y grandissent : astronomie sensorielle, Exolife, Tentatives, \
						biologie de synthèse, jeux de lumière et hologrammes.""",
				"France", "Nouvelle-Aquitaine", 44.8597, -0.5526, 400, ActivityLevel.ACTIVE,
				"Comment le public peut-il créer des contenus scientifiques et développer des projets avec un musée ?",
				Objective.EXPERIMENTATION, List.of("cyou", "coop-group", "sciences", "bordeaux"),
				Map.of(ServiceLink.HOME, "http://coop-group.org/cyou1"),
				List.of(new Group.Partner("Cap Sciences", "https://www.cap-sciences.net")));
		add(now, "astronomie-sensorielle", "Astronomie sensorielle",
				"Découvrir l’espace avec tous les sens : le système solaire à toucher pour les aveugles", GroupType.THEMATIC,
				"Né comme projet de Cyou1, le groupe devient peu à peu une communauté complète.", "France",
				"Nouvelle-Aquitaine", 44.8610, -0.5540, null, ActivityLevel.PREPARATION, null, Objective.EXPERIMENTATION,
				List.of("cyou", "sciences", "accessibilité"), Map.of(), List.of());
		add(now, "anim-fr", "Anim-fr", "Les francophones qui animent des projets collectifs, des communautés et des écosystèmes",
				GroupType.SUPPORT, """
						Anim-fr permet à un animateur de poser des questions pour être aidé par les autres, d’échanger la \
						veille et les savoir-faire, et de tester de nouvelles approches comme les débats en intelligence \
						collective. Tous les facilitateurs de coop-group y sont inscrits.""",
				null, null, null, null, null, ActivityLevel.ACTIVE, null, Objective.OPERATIONALIZATION,
				List.of("coop-group", "animation", "coopération"), Map.of(ServiceLink.HOME, "http://coop-group.org/anim-fr/"),
				List.of());
		add(now, "kaleidos-coop", "Kaleidos-coop", "Créer du bien commun au service des communautés", GroupType.SUPPORT, """
				Logiciels et services en ligne pour les communautés, formations et accompagnement à la coopération, \
				accompagnement économique des communautés et des porteurs de projet.""", null, null, null, null, null,
				ActivityLevel.ACTIVE, null, Objective.OPERATIONALIZATION, List.of("coop-group", "communs", "coopération"),
				Map.of(ServiceLink.HOME, "http://kaleidos-coop.org/"), List.of());
		add(now, "helpers", "Les helpers", "Aider les animateurs à mettre en place leur groupe, puis suivre ses signes de vie",
				GroupType.SUPPORT, """
						Des bénévoles formés à la coopération qui aident les animateurs à organiser leur groupe en y passant \
						le moins de temps possible, puis suivent cinq indicateurs d’activité de chaque groupe et relancent \
						les facilitateurs.""", null, null, null, null, null, ActivityLevel.ACTIVE, null,
				Objective.OPERATIONALIZATION, List.of("coop-group", "animation"), Map.of(), List.of());
		thematic(now, "fablabs", "Fablabs", "Fabrication numérique partagée : imprimantes 3D, découpe laser et entraide",
				List.of("coop-group", "fablab", "fabrication numérique"));
		thematic(now, "tiers-lieux", "Tiers-lieux", "Ceux qui ouvrent et font vivre des lieux partagés de travail et de projets",
				List.of("coop-group", "tiers-lieux"));
		thematic(now, "sante", "Santé", "Innover pour l’accès aux soins, du téléphone simple aux centres de santé",
				List.of("coop-group", "santé", "afrique-ouest"));
		thematic(now, "energie", "Énergie", "Énergies renouvelables et sobriété, des villages aux villes",
				List.of("coop-group", "énergie"));
		thematic(now, "cartographie", "Cartographie", "Cartographier ensemble : OpenStreetMap, données ouvertes et territoires",
				List.of("coop-group", "cartographie", "données ouvertes"));
		thematic(now, "applications-mobiles", "Applications mobiles",
				"Des services utiles sur tous les téléphones, des passerelles SMS et vocales au web",
				List.of("coop-group", "applications mobiles", "afrique-ouest"));
		territorial(now, "benin", "Innovateurs du Bénin", "Bénin", "Littoral", 6.3703, 2.3912, true);
		territorial(now, "burkina-faso", "Innovateurs du Burkina Faso", "Burkina Faso", "Centre", 12.3714, -1.5197, true);
		territorial(now, "burundi", "Innovateurs du Burundi", "Burundi", "Bujumbura Mairie", -3.3614, 29.3599, false);
		territorial(now, "cote-d-ivoire", "Innovateurs de Côte d’Ivoire", "Côte d’Ivoire", "Abidjan", 5.3600, -4.0083, true);
		territorial(now, "gabon", "Innovateurs du Gabon", "Gabon", "Estuaire", 0.4162, 9.4673, false);
		territorial(now, "mali", "Innovateurs du Mali", "Mali", "Bamako", 12.6392, -8.0029, true);
		territorial(now, "mauritanie", "Innovateurs de Mauritanie", "Mauritanie", "Nouakchott", 18.0735, -15.9582, true);
		territorial(now, "niger", "Innovateurs du Niger", "Niger", "Niamey", 13.5116, 2.1254, true);
		territorial(now, "senegal", "Innovateurs du Sénégal", "Sénégal", "Dakar", 14.7167, -17.4677, true);
		territorial(now, "togo", "Innovateurs du Togo", "Togo", "Maritime", 6.1725, 1.2314, true);
	}

	private void thematic(Instant now, String slug, String name, String tagline, List<String> keywords) {
		add(now, slug, name, tagline, GroupType.THEMATIC, null, null, null, null, null, null, ActivityLevel.ACTIVE, null,
				Objective.EXPLORATION, keywords, Map.of(), List.of());
	}

	private void territorial(Instant now, String slug, String name, String country, String region, double latitude,
			double longitude, boolean westAfrica) {
		List<String> keywords = westAfrica ? List.of("coop-group", "afrique", "afrique-ouest") : List.of("coop-group", "afrique");
		add(now, slug, name, "Les innovateurs du pays se retrouvent, s’entraident et échangent avec les autres groupes",
				GroupType.TERRITORIAL, null, country, region, latitude, longitude, null, ActivityLevel.ACTIVE, null,
				Objective.EXPLORATION, keywords, Map.of(), List.of());
	}

	private void add(Instant now, String slug, String name, String tagline, GroupType type, @Nullable String description,
			@Nullable String country, @Nullable String region, @Nullable Double latitude, @Nullable Double longitude,
			@Nullable Integer members, ActivityLevel activity, @Nullable String domain, @Nullable Objective objective,
			List<String> keywords, Map<ServiceLink, String> links, List<Group.Partner> partners) {
		var position = latitude == null || longitude == null ? null : new Group.Position(latitude, longitude);
		var group = new Group(0, slug, name, tagline, type, description, country, region, position, members, false, activity, domain,
				objective, keywords, links.isEmpty() ? Map.of() : new EnumMap<>(links), partners, now, now);
		long id = groups.insert(group, null);
		groups.recordChanges(id, null, now, List.of(new GroupChange(null, now, "created", null, name)));
	}
}
