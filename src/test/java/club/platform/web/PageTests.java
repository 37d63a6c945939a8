package club.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

class PageTests {

	static Page page(Locale locale) {
		return new Page(new MockHttpServletRequest(), new StaticMessageSource(), locale, new ResourceUrlProvider(), null,
				ZoneId.of("Europe/Paris"));
	}

	@Test
	void momentsAreShownInThePlatformsTimeZoneAndTheReadersLanguage() {
		Instant winter = Instant.parse("2026-11-24T01:16:00Z");
		Instant summer = Instant.parse("2026-07-14T21:30:00Z");

		assertThat(page(Locale.FRENCH).dateTime(winter)).contains("24 nov. 2026").contains("02:16");
		assertThat(page(Locale.FRENCH).dateTime(summer)).contains("14 juil. 2026").contains("23:30");
		assertThat(page(Locale.ENGLISH).dateTime(winter)).contains("Nov 24, 2026").contains("2:16");
		assertThat(page(Locale.FRENCH).date(summer)).isEqualTo("14 juil. 2026");
	}
}
