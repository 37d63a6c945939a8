package club.account;

/** The demo's two members, whose ids the demo content of every module needs. */
public record DemoMembers(long camille, long moussa) {

	static final String CAMILLE = "camille@demo.club.localhost";
	static final String MOUSSA = "moussa@demo.club.localhost";
}
