package club.externalfeeds;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How groups' external feeds are read.
 *
 * @param interval time between two readings of every feed
 * @param timeout longest wait for a feed: connecting, then the whole answer
 * @param maxSize a larger answer is not read
 * @param allowPrivateAddresses read feeds on loopback and private networks too (tests, intranets);
 * off by default, so that a group's record cannot make the platform query its own network
 */
@ConfigurationProperties("club.external-feeds")
record ExternalFeedsProperties(@DefaultValue("6h") Duration interval, @DefaultValue("10s") Duration timeout,
		@DefaultValue("2MB") DataSize maxSize, @DefaultValue("false") boolean allowPrivateAddresses) {
}
