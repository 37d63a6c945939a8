package club.news;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import club.access.Audience;
import club.directory.GroupDirectory;
import club.platform.ClubProperties;

/**
 * News of the demo groups, so that Cyou1 looks alive: posts of the last weeks, a draft and a post
 * scheduled for next week (its editors see both). Once the demo directory exists (the application
 * is ready), into an empty news table. Written as history, without mails nor activity events.
 */
@Component
class DemoNews {

	private final NewsRepository posts;
	private final GroupDirectory directory;
	private final ClubProperties properties;
	private final Clock clock;

	DemoNews(NewsRepository posts, GroupDirectory directory, ClubProperties properties, Clock clock) {
		this.posts = posts;
		this.directory = directory;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void load() {
		if (!properties.demo() || posts.count() > 0) {
			return;
		}
		Instant now = clock.instant();
		add("cyou1", NewsPost.State.PUBLISHED, now.minus(Duration.ofDays(40)), "Cinq projets ouverts pour la saison", """
				La saison reprend avec **cinq projets collectifs** ouverts à tous : astronomie sensorielle, Exolife, \
				Tentatives, biologie de synthèse, jeux de lumière et hologrammes.

				Chacun a son porteur de projet et son facilitateur : venez en parler à la prochaine rencontre.""");
		add("cyou1", NewsPost.State.PUBLISHED, now.minus(Duration.ofDays(26)), "Retour sur la rencontre au 127°", """
				Une trentaine de participants au 127°, le lieu de Cap Sciences : présentation des projets, ateliers en \
				petits groupes et un apéritif partagé.

				Les notes de la rencontre sont dans l’espace de partage du groupe.""");
		add("cyou1", NewsPost.State.PUBLISHED, now.minus(Duration.ofDays(12)), "Le système solaire à toucher", """
				Le projet *astronomie sensorielle* a imprimé en 3D ses premières planètes en relief, avec l’aide du groupe \
				Fablabs. Prochaine étape : les essais avec des visiteurs aveugles et malvoyants.""");
		add("cyou1", NewsPost.State.PUBLISHED, now.minus(Duration.ofDays(3)), "Appel à contributions : Exolife", """
				Exolife imagine la vie sur d’autres planètes. Le projet cherche des dessinateurs, des biologistes amateurs \
				et des curieux pour sa prochaine exposition.

				Écrivez sur la liste du groupe, ou venez à la rencontre.""");
		add("cyou1", NewsPost.State.DRAFT, null, "Bilan de l’année (brouillon)", """
				À compléter avec les porteurs de projet : ce que chaque projet a produit cette année.""");
		add("cyou1", NewsPost.State.SCHEDULED, now.plus(Duration.ofDays(7)), "Inscriptions ouvertes pour la sortie au planétarium", """
				Une sortie au planétarium est proposée aux membres du groupe : les inscriptions ouvrent aujourd’hui.""");
		add("anim-fr", NewsPost.State.PUBLISHED, now.minus(Duration.ofDays(20)), "Débat en intelligence collective : le compte rendu", """
				Le premier débat en intelligence collective d’Anim-fr a réuni des animateurs de six groupes. Ce qui a marché, \
				ce qu’on changerait : le compte rendu est ouvert aux commentaires.""");
		add("anim-fr", NewsPost.State.PUBLISHED, now.minus(Duration.ofDays(5)), "Nouveaux facilitateurs, bienvenue !", """
				Trois nouveaux facilitateurs rejoignent les groupes de coop-group. Les helpers les accompagnent pour leurs \
				premières semaines.""");
		add("senegal", NewsPost.State.PUBLISHED, now.minus(Duration.ofDays(9)), "Rencontre des innovateurs à Dakar", """
				Les innovateurs du Sénégal se sont retrouvés à Dakar autour des passerelles SMS pour la santé, avec le \
				groupe Applications mobiles.""");
	}

	/** {@code at}: when it was published, or when it is scheduled for. */
	private void add(String slug, NewsPost.State state, @Nullable Instant at, String title, String body) {
		boolean published = state == NewsPost.State.PUBLISHED;
		Instant written = published ? at : clock.instant();
		directory.find(slug).ifPresent(group -> posts.insert(new NewsPost(0, UUID.randomUUID().toString(), group.id(), title, body,
				Audience.PUBLIC, state, published ? null : at, published ? at : null, null, null, written, written)));
	}
}
