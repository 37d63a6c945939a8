package club.resource;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The shared space's settings ({@code club.resources.*}); see docs/configuration.md.
 *
 * @param maxFileSize the largest file a group may upload (Spring's multipart limits follow it)
 */
@ConfigurationProperties("club.resources")
record ResourceProperties(@DefaultValue("20MB") DataSize maxFileSize) {
}
