package club.platform;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's own settings ({@code club.*}); see docs/configuration.md.
 *
 * @param baseUrl public address used in links sent by mail
 * @param demo whether demo content is loaded into an empty database
 * @param mailFrom sender of the platform's mails
 */
@ConfigurationProperties("club")
public record ClubProperties(@DefaultValue("http://localhost:8080") URI baseUrl, @DefaultValue("false") boolean demo,
		@DefaultValue("Club des innovateurs <no-reply@club.localhost>") String mailFrom) {

	/** An absolute link to a path of the platform, for mails. */
	public String link(String path) {
		String base = baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}
}
