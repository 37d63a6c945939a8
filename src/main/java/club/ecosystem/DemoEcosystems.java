package club.ecosystem;

import java.time.Clock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import club.platform.ClubProperties;

/** The three overlapping demo ecosystems over the coop-group world of the directory's demo. */
/* After the demo directory, before the benchmark generator: it loads only when there is no ecosystem yet. */
@Order(1)
@Component
class DemoEcosystems implements ApplicationRunner {

	private final EcosystemRepository ecosystems;
	private final ClubProperties properties;
	private final Clock clock;

	DemoEcosystems(EcosystemRepository ecosystems, ClubProperties properties, Clock clock) {
		this.ecosystems = ecosystems;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demo() || ecosystems.count() > 0) {
			return;
		}
		add("coop-group", "Coop-group", true, """
				Des groupes territoriaux et thématiques qui inventent des solutions pour demain, et s’entraident. \
				L’écosystème n’est qu’une base de données des groupes qui acceptent d’en faire partie, des outils \
				proposés à chacun, et cette page.""");
		add("cyou", "Cyou", false, """
				La communauté des visiteurs de Cap Sciences devient un écosystème de groupes collaboratifs autour \
				des sciences, à partir de son groupe noyau, Cyou1.""");
		add("afrique-ouest", "Innovateurs d’Afrique de l’Ouest", false, """
				Les groupes nés des rencontres entre innovateurs d’Afrique et du reste du monde, depuis 2009.""");
	}

	/** Coop-group's charter asks its groups to share their productions; the demo's other ecosystems leave it to them. */
	private void add(String keyword, String name, boolean sharesProductions, String description) {
		ecosystems.insert(new Ecosystem(0, keyword, name, description, Ecosystem.COOP_GROUP_CHARTER, null, false, clock.instant(),
				sharesProductions));
	}
}
