package club.support;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
public class TestConfiguration {

	private static final AtomicBoolean cleaned = new AtomicBoolean();

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(Instant.now());
	}

	@Bean
	TestMembers testMembers(ObjectProvider<MockMvcTester> mvc, JdbcClient jdbc,
			org.springframework.security.crypto.password.PasswordEncoder passwords) {
		return new TestMembers(mvc, jdbc, passwords);
	}

	@Bean
	TestGroups testGroups(club.directory.GroupDirectory directory, club.access.Access access, MutableClock clock) {
		return new TestGroups(directory, access, clock);
	}

	/** The shared PostgreSQL test database starts each run empty (once per JVM, not per context). */
	@Bean
	@Profile("test-postgresql")
	FlywayMigrationStrategy cleanOncePerRun() {
		return flyway -> {
			if (cleaned.compareAndSet(false, true)) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}
}
