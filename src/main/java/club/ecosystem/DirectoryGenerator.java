package club.ecosystem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import club.directory.GroupDirectory;
import club.directory.GroupForm;

/**
 * A large, realistic directory for benchmarks: {@code --club.generate.groups=2000} tops the
 * directory up to that many groups, spread over French and French-speaking African cities, in
 * 20 overlapping ecosystems ("coop-group" gathers more than half of them). Seeded, so two runs
 * make the same directory. Groups go through the import path, with its checks and history.
 */
/* Last of the runners: the demo directory and ecosystems load only into an empty platform. */
@Order(Ordered.LOWEST_PRECEDENCE)
@Component
class DirectoryGenerator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DirectoryGenerator.class);

	record City(String name, String country, String region, double latitude, double longitude, boolean westAfrica) {
	}

	static final List<City> CITIES = List.of(new City("Bordeaux", "France", "Nouvelle-Aquitaine", 44.84, -0.58, false),
			new City("Lyon", "France", "Auvergne-Rhône-Alpes", 45.76, 4.84, false),
			new City("Marseille", "France", "Provence-Alpes-Côte d’Azur", 43.30, 5.37, false),
			new City("Lille", "France", "Hauts-de-France", 50.63, 3.06, false),
			new City("Nantes", "France", "Pays de la Loire", 47.22, -1.55, false),
			new City("Toulouse", "France", "Occitanie", 43.60, 1.44, false),
			new City("Rennes", "France", "Bretagne", 48.11, -1.68, false),
			new City("Strasbourg", "France", "Grand Est", 48.57, 7.75, false),
			new City("Grenoble", "France", "Auvergne-Rhône-Alpes", 45.19, 5.72, false),
			new City("Montpellier", "France", "Occitanie", 43.61, 3.88, false),
			new City("Paris", "France", "Île-de-France", 48.86, 2.35, false),
			new City("Dakar", "Sénégal", "Dakar", 14.72, -17.47, true), new City("Thiès", "Sénégal", "Thiès", 14.79, -16.94, true),
			new City("Bamako", "Mali", "Bamako", 12.64, -8.00, true), new City("Ouagadougou", "Burkina Faso", "Centre", 12.37, -1.52, true),
			new City("Bobo-Dioulasso", "Burkina Faso", "Hauts-Bassins", 11.18, -4.30, true),
			new City("Niamey", "Niger", "Niamey", 13.51, 2.13, true), new City("Cotonou", "Bénin", "Littoral", 6.37, 2.39, true),
			new City("Lomé", "Togo", "Maritime", 6.17, 1.23, true), new City("Abidjan", "Côte d’Ivoire", "Abidjan", 5.36, -4.01, true),
			new City("Nouakchott", "Mauritanie", "Nouakchott", 18.07, -15.96, true),
			new City("Libreville", "Gabon", "Estuaire", 0.42, 9.47, false),
			new City("Bujumbura", "Burundi", "Bujumbura Mairie", -3.36, 29.36, false),
			new City("Montréal", "Canada", "Québec", 45.50, -73.57, false),
			new City("Bruxelles", "Belgique", "Bruxelles-Capitale", 50.85, 4.35, false));

	/** Theme ecosystems: keyword and the words group names are made of. */
	static final List<String[]> THEMES = List.of(new String[] { "santé", "Santé communautaire" },
			new String[] { "énergie", "Énergie citoyenne" }, new String[] { "fablab", "Fablab" },
			new String[] { "tiers-lieux", "Tiers-lieu" }, new String[] { "cartographie", "Cartographie ouverte" },
			new String[] { "éducation", "Éducation populaire" }, new String[] { "agriculture", "Agriculture urbaine" },
			new String[] { "eau", "Eau et assainissement" }, new String[] { "numérique", "Numérique libre" },
			new String[] { "mobilité", "Mobilités douces" }, new String[] { "habitat", "Habitat participatif" },
			new String[] { "culture", "Culture partagée" }, new String[] { "économie sociale", "Économie sociale" },
			new String[] { "jeunesse", "Jeunes innovateurs" }, new String[] { "climat", "Climat et territoires" },
			new String[] { "alimentation", "Alimentation durable" }, new String[] { "biodiversité", "Biodiversité" },
			new String[] { "applications mobiles", "Applications mobiles" });

	private final GroupDirectory directory;
	private final EcosystemRepository ecosystems;
	private final Clock clock;
	private final int target;

	DirectoryGenerator(GroupDirectory directory, EcosystemRepository ecosystems, Clock clock,
			@Value("${club.generate.groups:0}") int target) {
		this.directory = directory;
		this.ecosystems = ecosystems;
		this.clock = clock;
		this.target = target;
	}

	@Override
	public void run(ApplicationArguments args) {
		long existing = directory.count();
		if (target <= existing) {
			return;
		}
		ensureEcosystems();
		var random = new Random(42 + existing);
		long start = System.nanoTime();
		int created = 0;
		for (long i = existing; i < target; i++) {
			var outcome = directory.importGroup(group(random, i), null, false, Locale.FRENCH);
			if (outcome instanceof GroupDirectory.ImportOutcome.Created) {
				created++;
			}
		}
		log.info("Generated {} groups in {} ms ({} in the directory)", created, (System.nanoTime() - start) / 1_000_000,
				directory.count());
	}

	private void ensureEcosystems() {
		List<String[]> all = new ArrayList<>(THEMES);
		all.add(new String[] { "coop-group", "Coop-group" });
		all.add(new String[] { "afrique-ouest", "Innovateurs d’Afrique de l’Ouest" });
		for (String[] ecosystem : all) {
			if (ecosystems.find(ecosystem[0]).isEmpty()) {
				ecosystems.insert(new Ecosystem(0, ecosystem[0], ecosystem[1], "Les groupes « " + ecosystem[0] + " ».",
						Ecosystem.COOP_GROUP_CHARTER, null, false, clock.instant()));
			}
		}
	}

	static GroupForm group(Random random, long index) {
		City city = CITIES.get(random.nextInt(CITIES.size()));
		String[] theme = THEMES.get(random.nextInt(THEMES.size()));
		String[] second = THEMES.get(random.nextInt(THEMES.size()));
		int kind = random.nextInt(10);
		String type = kind < 6 ? "THEMATIC" : kind < 9 ? "TERRITORIAL" : "SUPPORT";
		String name = switch (type) {
			case "TERRITORIAL" -> "Innovateurs de " + city.name() + " " + index;
			case "SUPPORT" -> "Animateurs " + theme[1].toLowerCase(Locale.ROOT) + " " + index;
			default -> theme[1] + " " + city.name() + " " + index;
		};
		Set<String> keywords = new LinkedHashSet<>();
		if (random.nextInt(100) < 55) {
			keywords.add("coop-group");
		}
		keywords.add(theme[0]);
		if (random.nextBoolean()) {
			keywords.add(second[0]);
		}
		if (city.westAfrica()) {
			keywords.add("afrique-ouest");
		}
		int activity = random.nextInt(100);
		String slug = "gen-" + index;
		return new GroupForm(name, "Un groupe " + theme[0] + " à " + city.name() + " qui se retrouve, échange et agit ensemble.",
				type, slug, """
						Le groupe rassemble celles et ceux qui travaillent sur %s à %s. Il se réunit chaque mois, partage \
						ses ressources et accompagne des projets ouverts.

						Chacun peut rejoindre les rencontres et proposer un projet.""".formatted(theme[0], city.name()),
				String.join(", ", keywords), city.country(), city.region(),
				String.valueOf(Math.round((city.latitude() + random.nextGaussian() * 0.15) * 10_000) / 10_000.0),
				String.valueOf(Math.round((city.longitude() + random.nextGaussian() * 0.15) * 10_000) / 10_000.0),
				String.valueOf((int) Math.round(Math.exp(4 + random.nextGaussian()))),
				activity < 80 ? "ACTIVE" : activity < 92 ? "PREPARATION" : "ARCHIVED", "", "", "",
				"https://groupes.example.org/" + slug, "", "", "", "", "", "", "https://groupes.example.org/" + slug + "/inscription",
				"", "", "", "", "", "");
	}
}
