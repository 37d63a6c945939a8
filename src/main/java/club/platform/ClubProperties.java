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
 * @param map the tile server of every map
 * @param timeZone the time zone dates and times are shown in
 */
@ConfigurationProperties("club")
public record ClubProperties(@DefaultValue("http://localhost:8080") URI baseUrl, @DefaultValue("false") boolean demo,
		@DefaultValue("Club des innovateurs <no-reply@club.localhost>") String mailFrom, @DefaultValue MapTiles map,
		@DefaultValue("Europe/Paris") java.time.ZoneId timeZone) {

	/**
	 * Where map tiles come from ({z}/{x}/{y}, and {s} for subdomains) and the attribution their
	 * licence asks for. OpenStreetMap's own server by default; any other tile server works.
	 */
	public record MapTiles(@DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tileUrl,
			@DefaultValue("© OpenStreetMap contributors") String attribution) {

		/** The origin to allow in the content security policy, e.g. https://*.tile.example.org. */
		public String origin() {
			URI uri = URI.create(tileUrl.replace("{s}", "subdomain").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0")
				.replace("{r}", ""));
			String host = uri.getHost().replace("subdomain", "*");
			return uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
		}
	}

	/** An absolute link to a path of the platform, for mails. */
	public String link(String path) {
		String base = baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}
}
