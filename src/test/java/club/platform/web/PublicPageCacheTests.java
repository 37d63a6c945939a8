package club.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import club.support.ClubTest;
import club.support.TestMembers;
import club.support.Visitor;

@ClubTest
class PublicPageCacheTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	club.support.MutableClock clock;

	String aGroup(Visitor creator, String name) {
		String slug = "pc-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(creator.post("/groups", "name", name, "tagline", "Une ligne", "type", "THEMATIC", "slug", slug, "activity",
				"ACTIVE")).hasStatus(HttpStatus.FOUND);
		return slug;
	}

	@Test
	void anAnonymousPageIsServedFromTheCacheAndRevalidatedWithItsEtag() {
		var creator = members.member("Awa", "10.70.0.1");
		String slug = aGroup(creator, "Groupe en cache");

		var first = new Visitor(mvc, "10.70.0.2").get("/g/" + slug);
		assertThat(first).hasStatusOk();
		assertThat(first.getResponse().getHeader(PublicPageCache.HIT_HEADER)).isNull();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");

		var second = new Visitor(mvc, "10.70.0.3").get("/g/" + slug);
		assertThat(second.getResponse().getHeader(PublicPageCache.HIT_HEADER)).isEqualTo("hit");
		assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
		assertThat(second.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(second.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");

		var revalidated = new Visitor(mvc, "10.70.0.4").get("/g/" + slug, "If-None-Match", etag);
		assertThat(revalidated).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(revalidated.getResponse().getContentAsByteArray()).isEmpty();
	}

	@Test
	void aCalendarFeedIsKeptTooAndRenewedWhenAMeetingIsScheduled() {
		var creator = members.member("Awa", "10.70.2.1");
		String slug = aGroup(creator, "Groupe qui se réunit");
		String feed = "/g/" + slug + "/meetings.ics";
		new Visitor(mvc, "10.70.2.2").get(feed);
		var kept = new Visitor(mvc, "10.70.2.2").get(feed);
		assertThat(kept.getResponse().getHeader(PublicPageCache.HIT_HEADER)).isEqualTo("hit");
		assertThat(kept.getResponse().getContentType()).startsWith("text/calendar");
		assertThat(new Visitor(mvc, "10.70.2.2").get(feed, "If-None-Match", kept.getResponse().getHeader("ETag")))
			.hasStatus(HttpStatus.NOT_MODIFIED);

		var start = java.time.LocalDateTime.now(clock.withZone(java.time.ZoneId.of("Europe/Paris"))).plusDays(3).withNano(0).withSecond(0);
		creator.post("/g/" + slug + "/meetings", "title", "Première rencontre", "starts", start.toString(), "ends", start.plusHours(1).toString(),
				"address", "Ici", "visibility", "PUBLIC");
		assertThat(new Visitor(mvc, "10.70.2.2").get(feed)).bodyText().contains("SUMMARY:Première rencontre");
	}

	@Test
	void aPageIsRenderedAgainAfterAMinuteForWhatTimeChangesWithoutAnyWrite() {
		var creator = members.member("Awa", "10.70.0.5");
		String slug = aGroup(creator, "Groupe qui vieillit");
		new Visitor(mvc, "10.70.0.6").get("/g/" + slug);
		assertThat(new Visitor(mvc, "10.70.0.6").get("/g/" + slug).getResponse().getHeader(PublicPageCache.HIT_HEADER)).isEqualTo("hit");
		clock.advance(PublicPageCache.MAX_AGE.plusSeconds(1));
		assertThat(new Visitor(mvc, "10.70.0.6").get("/g/" + slug).getResponse().getHeader(PublicPageCache.HIT_HEADER)).isNull();
	}

	@Test
	void neverAStalePageAfterAnEdit() {
		var creator = members.member("Awa", "10.70.1.1");
		String slug = aGroup(creator, "Ancien nom");
		new Visitor(mvc, "10.70.1.2").get("/g/" + slug);
		new Visitor(mvc, "10.70.1.2").get("/groups?q=" + slug);
		assertThat(new Visitor(mvc, "10.70.1.2").get("/g/" + slug).getResponse().getHeader(PublicPageCache.HIT_HEADER))
			.isEqualTo("hit");

		creator.post("/g/" + slug + "/edit", "name", "Nouveau nom", "tagline", "Une ligne", "type", "THEMATIC", "slug", slug,
				"activity", "ACTIVE");

		assertThat(new Visitor(mvc, "10.70.1.3").get("/g/" + slug)).bodyText().contains("Nouveau nom")
			.doesNotContain("Ancien nom");
		assertThat(new Visitor(mvc, "10.70.1.3").get("/groups?q=" + slug)).bodyText().contains("Nouveau nom");
	}

	@Test
	void eachLanguageHasItsOwnCopyAndSignedInPeopleNeverGetOne() {
		var creator = members.member("Awa Signée", "10.70.2.1");
		new Visitor(mvc, "10.70.2.2").get("/");
		new Visitor(mvc, "10.70.2.2").get("/", "Accept-Language", "en");
		assertThat(new Visitor(mvc, "10.70.2.3").get("/", "Accept-Language", "en")).bodyText()
			.contains("To change the world, you need a network!");
		assertThat(new Visitor(mvc, "10.70.2.3").get("/")).bodyText()
			.contains("Pour changer le monde, vous avez besoin d’un réseau !");

		var signedIn = creator.get("/");
		assertThat(signedIn.getResponse().getHeader(PublicPageCache.HIT_HEADER)).isNull();
		assertThat(signedIn).bodyText().contains("Awa Signée");
	}

	@Test
	void aSignedInPageNeverReachesAnAnonymousVisitor() {
		var member = members.member("Zoé Connectée", "10.70.3.1");
		String slug = aGroup(member, "Groupe de Zoé");
		assertThat(member.get("/g/" + slug)).bodyText().contains("Zoé Connectée");
		assertThat(member.get("/g/" + slug)).bodyText().contains("Zoé Connectée");

		var anonymous = new Visitor(mvc, "10.70.3.2").get("/g/" + slug);
		assertThat(anonymous).bodyText().contains("Groupe de Zoé").doesNotContain("Zoé Connectée")
			.doesNotContain("Modifier la fiche");
	}
}
