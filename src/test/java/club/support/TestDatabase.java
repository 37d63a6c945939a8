package club.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Picks the test database from the system property {@code club.test.database} (h2 or
 * postgresql). An unknown value fails, and an unreachable PostgreSQL fails the run: never a
 * silent skip.
 */
public class TestDatabase implements ActiveProfilesResolver {

	public static boolean postgresql() {
		return "postgresql".equals(name());
	}

	public static String name() {
		return System.getProperty("club.test.database", "h2");
	}

	@Override
	public String[] resolve(Class<?> testClass) {
		String database = name();
		if (!database.equals("h2") && !database.equals("postgresql")) {
			throw new IllegalArgumentException("club.test.database must be h2 or postgresql, not " + database);
		}
		return new String[] { "test", "test-" + database };
	}
}
