package club;

import static club.AuthorizationMatrixTests.Actor.ANONYMOUS;
import static club.AuthorizationMatrixTests.Actor.APPLICANT;
import static club.AuthorizationMatrixTests.Actor.GROUP_ADMIN;
import static club.AuthorizationMatrixTests.Actor.LEADER;
import static club.AuthorizationMatrixTests.Actor.MEMBER;
import static club.AuthorizationMatrixTests.Actor.OPERATOR;
import static club.AuthorizationMatrixTests.Actor.PLATFORM_ADMIN;
import static club.AuthorizationMatrixTests.Actor.STEWARD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import club.access.Access;
import club.access.EcosystemRole;
import club.access.GroupRole;
import club.support.ClubTest;
import club.support.MutableClock;
import club.support.TestImages;
import club.support.TestMembers;
import club.support.Visitor;

/**
 * Who may do what, route by route: every route of the application (HTML pages and JSON API)
 * is requested by every kind of person — anonymous, signed in without a role, a member, a
 * leader and an admin of the group concerned, the admin of another group, an applicant, the
 * steward of the ecosystem concerned and of another one, a place's operator, a platform admin —
 * and the answer must match the matrix below: allowed (any answer but 401, 403 or the login
 * page, and 404 where a route hides what one may not see) or refused. Each cell is a test case;
 * a route missing from the matrix fails {@link #everyRouteHasARule()}.
 */
@ClubTest
class AuthorizationMatrixTests {

	enum Actor {
		ANONYMOUS, OUTSIDER, MEMBER, LEADER, GROUP_ADMIN, OTHER_GROUP_ADMIN, APPLICANT, STEWARD, OTHER_STEWARD, OPERATOR, PLATFORM_ADMIN
	}

	static final Set<Actor> EVERYONE = EnumSet.allOf(Actor.class);
	static final Set<Actor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
	static final Set<Actor> GROUP_ADMINS = EnumSet.of(GROUP_ADMIN, PLATFORM_ADMIN);
	static final Set<Actor> ORGANIZERS = EnumSet.of(GROUP_ADMIN, LEADER, PLATFORM_ADMIN);
	static final Set<Actor> MEMBERS = EnumSet.of(MEMBER, LEADER, GROUP_ADMIN, PLATFORM_ADMIN);
	static final Set<Actor> STEWARDS = EnumSet.of(STEWARD, PLATFORM_ADMIN);
	static final Set<Actor> OPERATORS = EnumSet.of(OPERATOR, PLATFORM_ADMIN);
	static final Set<Actor> ADMINS = EnumSet.of(PLATFORM_ADMIN);

	/** The places a route's variables point to, made afresh for each route. */
	record Fixture(String group, String ecosystem, long groupId, String place, long plan, long request, long planRequest, long slot,
			long membership, long outsiderId, long memberId, String memberPublicId, long meeting, long poll, long series, long news, long thread,
			long message, long report, long project, long resource) {
	}

	/**
	 * A route: how to fill its address from a fixture, what to send, who may use it, whether it
	 * answers 404 to those who may not see what it is about, and whether it destroys what it is
	 * about (each person then gets a fixture of their own).
	 */
	record Rule(String method, String pattern, Function<Fixture, String> uri, String body, Set<Actor> allowed, boolean hides,
			boolean destroys) {

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	static final Map<String, Rule> RULES = new LinkedHashMap<>();

	static {
		// Public pages, account pages, the open-data API.
		get("/", EVERYONE);
		get("/error", EVERYONE);
		get("/signup", EVERYONE);
		post("/signup", EVERYONE);
		get("/signup/sent", EVERYONE);
		post("/signup/resend", EVERYONE);
		get("/verify", EVERYONE);
		post("/verify", EVERYONE);
		get("/login", EVERYONE);
		get("/password/forgot", EVERYONE);
		post("/password/forgot", EVERYONE);
		get("/password/forgot/sent", EVERYONE);
		get("/password/reset", EVERYONE);
		post("/password/reset", EVERYONE);
		get("/api/docs", EVERYONE);
		get("/api/docs.yaml", EVERYONE);
		get("/groups", EVERYONE);
		get("/map", EVERYONE);
		get("/g/{slug}", f -> "/g/" + f.group(), EVERYONE);
		get("/g/{slug}/banner.jpg", f -> "/g/" + f.group() + "/banner.jpg", EVERYONE);
		get("/ecosystems", EVERYONE);
		get("/e/{keyword}", f -> "/e/" + f.ecosystem(), EVERYONE);
		get("/e/{keyword}/embed", f -> "/e/" + f.ecosystem() + "/embed", EVERYONE);
		get("/e/{keyword}/logo.jpg", f -> "/e/" + f.ecosystem() + "/logo.jpg", EVERYONE);
		get("/api/v1/groups", EVERYONE);
		get("/api/v1/groups/{slug:[a-z0-9-]+}", f -> "/api/v1/groups/" + f.group(), EVERYONE);
		get("/api/v1/groups.geojson", EVERYONE);
		get("/api/v1/groups.json", EVERYONE);
		get("/api/v1/groups.csv", EVERYONE);
		get("/api/v1/ecosystems", EVERYONE);
		get("/api/v1/ecosystems/{keyword}", f -> "/api/v1/ecosystems/" + f.ecosystem(), EVERYONE);
		get("/api/v1/ecosystems/{keyword}/groups", f -> "/api/v1/ecosystems/" + f.ecosystem() + "/groups", EVERYONE);
		get("/api/v1/ecosystems/{keyword}/groups.geojson", f -> "/api/v1/ecosystems/" + f.ecosystem() + "/groups.geojson", EVERYONE);
		get("/api/v1/ecosystems/{keyword}/groups.csv", f -> "/api/v1/ecosystems/" + f.ecosystem() + "/groups.csv", EVERYONE);
		get("/api/v1/ecosystems/{keyword}/groups.json", f -> "/api/v1/ecosystems/" + f.ecosystem() + "/groups.json", EVERYONE);
		get("/places", EVERYONE);
		get("/p/{slug}", f -> "/p/" + f.place(), EVERYONE);
		get("/invitations/{token}", f -> "/invitations/not-a-token", EVERYONE);

		// A person's own pages.
		get("/profile", SIGNED_IN);
		post("/profile", SIGNED_IN);
		upload("/profile/avatar", f -> "/profile/avatar", "avatar", SIGNED_IN);
		post("/profile/avatar/delete", SIGNED_IN);
		get("/profile/avatar", SIGNED_IN);
		get("/profile/password", SIGNED_IN);
		post("/profile/password", SIGNED_IN);
		get("/profile/export", SIGNED_IN);
		get("/profile/delete", SIGNED_IN);
		post("/profile/delete", SIGNED_IN);
		get("/profile/tokens", SIGNED_IN);
		post("/profile/tokens", SIGNED_IN);
		post("/profile/tokens/{id}/revoke", f -> "/profile/tokens/0/revoke", SIGNED_IN);
		get("/profile/notifications", SIGNED_IN);
		post("/profile/notifications", SIGNED_IN);
		get("/my/groups", SIGNED_IN);
		post("/my/groups/audience", SIGNED_IN);
		get("/people/{publicId}", f -> "/people/" + f.memberPublicId(), EVERYONE);
		get("/my/memberships", SIGNED_IN);
		get("/api/v1/me/groups", SIGNED_IN);

		// Groups: records, entry, members, roles.
		get("/groups/new", SIGNED_IN);
		post("/groups", SIGNED_IN);
		json("POST", "/api/v1/groups", f -> "/api/v1/groups", "{}", SIGNED_IN);
		get("/g/{slug}/edit", f -> "/g/" + f.group() + "/edit", GROUP_ADMINS);
		post("/g/{slug}/edit", f -> "/g/" + f.group() + "/edit", GROUP_ADMINS);
		upload("/g/{slug}/banner", f -> "/g/" + f.group() + "/banner", "banner", GROUP_ADMINS);
		post("/g/{slug}/banner/delete", f -> "/g/" + f.group() + "/banner/delete", GROUP_ADMINS);
		get("/g/{slug}/history", f -> "/g/" + f.group() + "/history", GROUP_ADMINS);
		json("PUT", "/api/v1/groups/{slug}", f -> "/api/v1/groups/" + f.group(), "{}", GROUP_ADMINS);
		json("PATCH", "/api/v1/groups/{slug}", f -> "/api/v1/groups/" + f.group(), "{}", GROUP_ADMINS);
		get("/g/{slug}/join", f -> "/g/" + f.group() + "/join", SIGNED_IN);
		post("/g/{slug}/join", f -> "/g/" + f.group() + "/join", SIGNED_IN);
		get("/g/{slug}/leave", f -> "/g/" + f.group() + "/leave", SIGNED_IN);
		post("/g/{slug}/leave", f -> "/g/" + f.group() + "/leave", SIGNED_IN);
		json("POST", "/api/v1/groups/{slug}/join", f -> "/api/v1/groups/" + f.group() + "/join", "{}", SIGNED_IN);
		json("POST", "/api/v1/groups/{slug}/leave", f -> "/api/v1/groups/" + f.group() + "/leave", "{}", SIGNED_IN);
		get("/g/{slug}/members", f -> "/g/" + f.group() + "/members", MEMBERS);
		get("/api/v1/groups/{slug}/members", f -> "/api/v1/groups/" + f.group() + "/members", MEMBERS);
		rule("POST", "/g/{slug}/members/roles", f -> "/g/" + f.group() + "/members/roles", "member=" + "%MEMBER%&role=CURATOR", GROUP_ADMINS, false);
		rule("POST", "/g/{slug}/members/remove", f -> "/g/" + f.group() + "/members/remove", "member=%OUTSIDER%", ORGANIZERS, false);
		get("/g/{slug}/settings/entry", f -> "/g/" + f.group() + "/settings/entry", GROUP_ADMINS);
		post("/g/{slug}/settings/entry", f -> "/g/" + f.group() + "/settings/entry", GROUP_ADMINS);
		get("/g/{slug}/invitations", f -> "/g/" + f.group() + "/invitations", ORGANIZERS);
		post("/g/{slug}/invitations", f -> "/g/" + f.group() + "/invitations", ORGANIZERS);
		get("/g/{slug}/requests", f -> "/g/" + f.group() + "/requests", MEMBERS);
		get("/invitations/{token}/sign-in", f -> "/invitations/not-a-token/sign-in", SIGNED_IN);
		post("/invitations/{token}", f -> "/invitations/not-a-token", SIGNED_IN);

		// A request to join: its applicant, those who decide, and (co-optation) the members who vouch.
		var sees = EnumSet.of(APPLICANT, MEMBER, LEADER, GROUP_ADMIN, PLATFORM_ADMIN);
		rule("GET", "/requests/{id}", f -> "/requests/" + f.request(), "", sees, true);
		rule("POST", "/requests/{id}/accept", f -> "/requests/" + f.request() + "/accept", "", ORGANIZERS, true);
		rule("POST", "/requests/{id}/refuse", f -> "/requests/" + f.request() + "/refuse", "", ORGANIZERS, true);
		rule("POST", "/requests/{id}/vouch", f -> "/requests/" + f.request() + "/vouch", "", MEMBERS, true);
		rule("POST", "/requests/{id}/withdraw", f -> "/requests/" + f.request() + "/withdraw", "", EnumSet.of(APPLICANT), true);
		rule("POST", "/requests/{id}/slots", f -> "/requests/" + f.request() + "/slots", "", ORGANIZERS, true);
		rule("POST", "/requests/{id}/slots/{slotId}/choose", f -> "/requests/" + f.planRequest() + "/slots/" + f.slot() + "/choose", "",
				EnumSet.of(APPLICANT), true);

		// Meetings: a members-only meeting of the group.
		get("/g/{slug}/meetings", f -> "/g/" + f.group() + "/meetings", EVERYONE);
		get("/g/{slug}/meetings/new", f -> "/g/" + f.group() + "/meetings/new", ORGANIZERS);
		rule("POST", "/g/{slug}/meetings/zone", f -> "/g/" + f.group() + "/meetings/zone", "zone=Europe/Paris", GROUP_ADMINS, false);
		post("/g/{slug}/meetings", f -> "/g/" + f.group() + "/meetings", ORGANIZERS);
		rule("GET", "/meetings/{id}", f -> "/meetings/" + f.meeting(), "", MEMBERS, true);
		rule("GET", "/meetings/{id}.ics", f -> "/meetings/" + f.meeting() + ".ics", "", MEMBERS, true);
		get("/g/{slug}/meetings.ics", f -> "/g/" + f.group() + "/meetings.ics", EVERYONE);
		get("/g/{slug}/polls/new", f -> "/g/" + f.group() + "/polls/new", ORGANIZERS);
		post("/g/{slug}/polls", f -> "/g/" + f.group() + "/polls", ORGANIZERS);
		rule("GET", "/polls/{id}", f -> "/polls/" + f.poll(), "", MEMBERS, true);
		rule("POST", "/polls/{id}/answers", f -> "/polls/" + f.poll() + "/answers", "", MEMBERS, true);
		rule("POST", "/polls/{id}/close", f -> "/polls/" + f.poll() + "/close", "option=0", ORGANIZERS, true);
		rule("POST", "/meetings/{id}/rsvp", f -> "/meetings/" + f.meeting() + "/rsvp", "answer=MAYBE", MEMBERS, true);
		rule("POST", "/meetings/{id}/held", f -> "/meetings/" + f.meeting() + "/held", "", ORGANIZERS, true);
		rule("POST", "/meetings/{id}/cancel", f -> "/meetings/" + f.meeting() + "/cancel", "", ORGANIZERS, true);
		get("/e/{keyword}/meetings.ics", f -> "/e/" + f.ecosystem() + "/meetings.ics", EVERYONE);
		get("/calendar/{token}.ics", f -> "/calendar/not-a-token.ics", EVERYONE);
		get("/my/calendar", SIGNED_IN);
		post("/my/calendar", SIGNED_IN);
		post("/my/calendar/revoke", SIGNED_IN);
		rule("GET", "/meetings/{id}/edit", f -> "/meetings/" + f.meeting() + "/edit", "", ORGANIZERS, true);
		rule("POST", "/meetings/{id}/edit", f -> "/meetings/" + f.meeting() + "/edit", "", ORGANIZERS, true);
		get("/series/{id}/edit", f -> "/series/" + f.series() + "/edit", ORGANIZERS);
		post("/series/{id}/edit", f -> "/series/" + f.series() + "/edit", ORGANIZERS);

		// Discussion: a thread of the group opened by its admin, its first message reported by a member.
		get("/g/{slug}/discussion", f -> "/g/" + f.group() + "/discussion", MEMBERS);
		post("/g/{slug}/discussion", f -> "/g/" + f.group() + "/discussion", MEMBERS);
		rule("POST", "/g/{slug}/discussion/pace", f -> "/g/" + f.group() + "/discussion/pace", "pace=DAILY", MEMBERS, false);
		get("/g/{slug}/discussion/search", f -> "/g/" + f.group() + "/discussion/search?q=fil", MEMBERS);
		rule("GET", "/threads/{id}", f -> "/threads/" + f.thread(), "", MEMBERS, true);
		rule("POST", "/threads/{id}/messages", f -> "/threads/" + f.thread() + "/messages", "", MEMBERS, true);
		rule("GET", "/messages/{id}", f -> "/messages/" + f.message(), "", MEMBERS, true);
		rule("POST", "/threads/{id}/follow", f -> "/threads/" + f.thread() + "/follow", "follow=true", MEMBERS, true);
		rule("POST", "/messages/{id}/report", f -> "/messages/" + f.message() + "/report", "reason=Matrice", MEMBERS, true);
		rule("POST", "/threads/{id}/pin", f -> "/threads/" + f.thread() + "/pin", "pinned=true", ORGANIZERS, true);
		rule("POST", "/threads/{id}/lock", f -> "/threads/" + f.thread() + "/lock", "locked=false", ORGANIZERS, true);
		rule("POST", "/threads/{id}/move", f -> "/threads/" + f.thread() + "/move", "group=nulle-part", ORGANIZERS, true);
		rule("POST", "/messages/{id}/hide", f -> "/messages/" + f.message() + "/hide", "hidden=false", ORGANIZERS, true);
		get("/g/{slug}/moderation", f -> "/g/" + f.group() + "/moderation", ORGANIZERS);
		rule("POST", "/reports/{id}/decide", f -> "/reports/" + f.report() + "/decide", "outcome=KEPT", ORGANIZERS, false);
		rule("GET", "/messages/{id}/catch", f -> "/messages/" + f.message() + "/catch", "", ORGANIZERS, true);
		rule("POST", "/messages/{id}/catch", f -> "/messages/" + f.message() + "/catch", "target=", ORGANIZERS, true);
		rule("GET", "/threads/{id}/catch", f -> "/threads/" + f.thread() + "/catch", "", ORGANIZERS, true);
		rule("POST", "/threads/{id}/catch", f -> "/threads/" + f.thread() + "/catch", "target=", ORGANIZERS, true);

		// News: a draft of the group, with a picture, which only its editors see.
		get("/g/{slug}/news", f -> "/g/" + f.group() + "/news", EVERYONE);
		get("/g/{slug}/news.rss", f -> "/g/" + f.group() + "/news.rss", EVERYONE);
		get("/g/{slug}/news.atom", f -> "/g/" + f.group() + "/news.atom", EVERYONE);
		get("/g/{slug}/news/new", f -> "/g/" + f.group() + "/news/new", ORGANIZERS);
		upload("/g/{slug}/news", f -> "/g/" + f.group() + "/news", "image", ORGANIZERS);
		rule("POST", "/g/{slug}/news/pace", f -> "/g/" + f.group() + "/news/pace", "pace=EACH", MEMBERS, false);
		rule("GET", "/news/{id}", f -> "/news/" + f.news(), "", ORGANIZERS, true);
		rule("GET", "/news/{id}/image.jpg", f -> "/news/" + f.news() + "/image.jpg", "", ORGANIZERS, true);
		rule("GET", "/news/{id}/edit", f -> "/news/" + f.news() + "/edit", "", ORGANIZERS, true);
		rule("POST", "/news/{id}/edit", f -> "/news/" + f.news() + "/edit", "file:image", ORGANIZERS, true);
		destroying("POST", "/news/{id}/delete", f -> "/news/" + f.news() + "/delete", ORGANIZERS, true);
		get("/e/{keyword}/news", f -> "/e/" + f.ecosystem() + "/news", EVERYONE);
		get("/e/{keyword}/news.rss", f -> "/e/" + f.ecosystem() + "/news.rss", EVERYONE);
		get("/e/{keyword}/news.atom", f -> "/e/" + f.ecosystem() + "/news.atom", EVERYONE);

		// Wiki: the group's preconfigured page « Charte », written at the first visit.
		get("/g/{slug}/wiki", f -> "/g/" + f.group() + "/wiki", EVERYONE);
		get("/g/{slug}/wiki/{page}", f -> "/g/" + f.group() + "/wiki/charte", EVERYONE);
		get("/g/{slug}/wiki/{page}/history", f -> "/g/" + f.group() + "/wiki/charte/history", EVERYONE);
		get("/g/{slug}/wiki/{page}/diff", f -> "/g/" + f.group() + "/wiki/charte/diff?from=1&to=1", EVERYONE);
		get("/g/{slug}/wiki/{page}/edit", f -> "/g/" + f.group() + "/wiki/charte/edit", MEMBERS);
		rule("POST", "/g/{slug}/wiki/{page}/edit", f -> "/g/" + f.group() + "/wiki/charte/edit", "title=Charte&body=Texte&base=1", MEMBERS, false);
		rule("POST", "/g/{slug}/wiki/{page}/restore", f -> "/g/" + f.group() + "/wiki/charte/restore", "revision=1", MEMBERS, false);

		// Projects: a project the group's admin proposed (its carrier); facilitators are ORGANIZERS here.
		get("/g/{slug}/projects", f -> "/g/" + f.group() + "/projects", EVERYONE);
		get("/g/{slug}/projects/board", f -> "/g/" + f.group() + "/projects/board", MEMBERS);
		get("/g/{slug}/projects/new", f -> "/g/" + f.group() + "/projects/new", MEMBERS);
		rule("POST", "/g/{slug}/projects", f -> "/g/" + f.group() + "/projects", "title=Projet", MEMBERS, false);
		get("/projects/{id}", f -> "/projects/" + f.project(), EVERYONE);
		get("/projects/{id}/edit", f -> "/projects/" + f.project() + "/edit", ORGANIZERS);
		rule("POST", "/projects/{id}/edit", f -> "/projects/" + f.project() + "/edit", "title=Projet", ORGANIZERS, false);
		rule("POST", "/projects/{id}/updates", f -> "/projects/" + f.project() + "/updates", "text=Nouvelles&state=ACTIVE", ORGANIZERS, false);
		rule("POST", "/projects/{id}/follow", f -> "/projects/" + f.project() + "/follow", "following=true", MEMBERS, false);
		// The group's admin proposed the project (its carrier); leaders facilitate. Removing a member who does not carry it re-renders the page.
		rule("POST", "/projects/{id}/carriers", f -> "/projects/" + f.project() + "/carriers", "carrier=%MEMBER%", ORGANIZERS, false);
		rule("POST", "/projects/{id}/carriers/remove", f -> "/projects/" + f.project() + "/carriers/remove", "account=%MEMBER%", ORGANIZERS,
				false);
		post("/projects/{id}/carry", f -> "/projects/" + f.project() + "/carry", MEMBERS);
		post("/projects/{id}/review", f -> "/projects/" + f.project() + "/review", ORGANIZERS);
		post("/projects/{id}/ask", f -> "/projects/" + f.project() + "/ask", ORGANIZERS);
		get("/projects/{id}/graduate", f -> "/projects/" + f.project() + "/graduate", GROUP_ADMINS);
		// The first who may graduates it; after them, a second graduation answers 409.
		rule("POST", "/projects/{id}/graduate", f -> "/projects/" + f.project() + "/graduate", "name=Pousse&tagline=Une ligne&slug=pousse-mx",
				GROUP_ADMINS, false);

		// Resources: a members-only file of the group, added by its admin.
		get("/g/{slug}/resources", f -> "/g/" + f.group() + "/resources", EVERYONE);
		get("/g/{slug}/resources/new", f -> "/g/" + f.group() + "/resources/new?kind=FILE", MEMBERS);
		upload("/g/{slug}/resources", f -> "/g/" + f.group() + "/resources", "file", MEMBERS);
		rule("GET", "/resources/{id}", f -> "/resources/" + f.resource(), "", MEMBERS, true);
		rule("GET", "/resources/{id}/download", f -> "/resources/" + f.resource() + "/download", "", MEMBERS, true);
		rule("GET", "/resources/{id}/edit", f -> "/resources/" + f.resource() + "/edit", "", ORGANIZERS, true);
		rule("POST", "/resources/{id}/edit", f -> "/resources/" + f.resource() + "/edit", "title=Fichier&license=CC_BY_SA_4&audience=MEMBERS",
				ORGANIZERS, true);
		destroying("POST", "/resources/{id}/delete", f -> "/resources/" + f.resource() + "/delete", ORGANIZERS, true);

		// Vitality: the group's facilitators (ORGANIZERS here) and the helpers and stewards of its ecosystems (the fixture's group is
		// not admitted to its moderated ecosystem, so its steward is not one of them); a nudge only to those who received it.
		get("/g/{slug}/vitality", f -> "/g/" + f.group() + "/vitality", ORGANIZERS);
		rule("POST", "/g/{slug}/vitality/pause", f -> "/g/" + f.group() + "/vitality/pause", "pauseReason=Été", ORGANIZERS, false);
		post("/g/{slug}/vitality/resume", f -> "/g/" + f.group() + "/vitality/resume", ORGANIZERS);
		rule("POST", "/g/{slug}/vitality/quiet", f -> "/g/" + f.group() + "/vitality/quiet",
				"quietLabel=Été&quietStart=2099-07-01&quietEnd=2099-07-31", ORGANIZERS, false);
		post("/g/{slug}/vitality/quiet/{id}/delete", f -> "/g/" + f.group() + "/vitality/quiet/0/delete", ORGANIZERS);
		get("/g/{slug}/vitality/{indicator}", f -> "/g/" + f.group() + "/vitality/meetings", ORGANIZERS);
		rule("POST", "/g/{slug}/vitality/{indicator}/answer", f -> "/g/" + f.group() + "/vitality/news/answer", "answer=RHYTHM_CHANGED",
				ORGANIZERS, false);
		get("/vitality/nudges", SIGNED_IN);
		rule("GET", "/vitality/nudges/{id}", f -> "/vitality/nudges/none", "", EnumSet.noneOf(Actor.class), true);
		rule("POST", "/vitality/nudges/{id}/rate", f -> "/vitality/nudges/none/rate", "useful=true", EnumSet.noneOf(Actor.class), true);
		get("/e/{keyword}/vitality", f -> "/e/" + f.ecosystem() + "/vitality", STEWARDS);

		// Ecosystems.
		get("/ecosystems/new", ADMINS);
		post("/ecosystems", ADMINS);
		get("/e/{keyword}/edit", f -> "/e/" + f.ecosystem() + "/edit", STEWARDS);
		post("/e/{keyword}/edit", f -> "/e/" + f.ecosystem() + "/edit", STEWARDS);
		post("/e/{keyword}/roles", f -> "/e/" + f.ecosystem() + "/roles", STEWARDS);
		rule("POST", "/e/{keyword}/roles/remove", f -> "/e/" + f.ecosystem() + "/roles/remove", "account=%OUTSIDER%&role=HELPER", STEWARDS,
				false);
		upload("/e/{keyword}/logo", f -> "/e/" + f.ecosystem() + "/logo", "logo", STEWARDS);
		post("/e/{keyword}/logo/delete", f -> "/e/" + f.ecosystem() + "/logo/delete", STEWARDS);
		get("/e/{keyword}/apply", f -> "/e/" + f.ecosystem() + "/apply?group=" + f.group(), GROUP_ADMINS);
		post("/e/{keyword}/apply", f -> "/e/" + f.ecosystem() + "/apply?group=" + f.group(), GROUP_ADMINS);
		get("/e/{keyword}/admissions", f -> "/e/" + f.ecosystem() + "/admissions", STEWARDS);
		post("/e/{keyword}/admissions/{groupId}/accept", f -> "/e/" + f.ecosystem() + "/admissions/" + f.groupId() + "/accept", STEWARDS);
		post("/e/{keyword}/admissions/{groupId}/refuse", f -> "/e/" + f.ecosystem() + "/admissions/" + f.groupId() + "/refuse", STEWARDS);

		// Places.
		get("/places/new", SIGNED_IN);
		post("/places", SIGNED_IN);
		get("/p/{slug}/edit", f -> "/p/" + f.place() + "/edit", OPERATORS);
		post("/p/{slug}/edit", f -> "/p/" + f.place() + "/edit", OPERATORS);
		get("/p/{slug}/plans/new", f -> "/p/" + f.place() + "/plans/new", OPERATORS);
		post("/p/{slug}/plans", f -> "/p/" + f.place() + "/plans", OPERATORS);
		get("/p/{slug}/plans/{id}/edit", f -> "/p/" + f.place() + "/plans/" + f.plan() + "/edit", OPERATORS);
		post("/p/{slug}/plans/{id}/edit", f -> "/p/" + f.place() + "/plans/" + f.plan() + "/edit", OPERATORS);
		get("/p/{slug}/plans/{id}/join", f -> "/p/" + f.place() + "/plans/" + f.plan() + "/join", SIGNED_IN);
		post("/p/{slug}/plans/{id}/join", f -> "/p/" + f.place() + "/plans/" + f.plan() + "/join", SIGNED_IN);
		get("/p/{slug}/plans/{id}/requests", f -> "/p/" + f.place() + "/plans/" + f.plan() + "/requests", OPERATORS);
		get("/p/{slug}/memberships", f -> "/p/" + f.place() + "/memberships", OPERATORS);
		get("/p/{slug}/memberships.csv", f -> "/p/" + f.place() + "/memberships.csv", OPERATORS);
		post("/p/{slug}/memberships/{id}/payments", f -> "/p/" + f.place() + "/memberships/" + f.membership() + "/payments", OPERATORS);
		post("/p/{slug}/memberships/{id}/renew", f -> "/p/" + f.place() + "/memberships/" + f.membership() + "/renew", OPERATORS);
		post("/p/{slug}/memberships/{id}/cancel", f -> "/p/" + f.place() + "/memberships/" + f.membership() + "/cancel", OPERATORS);

		// The platform's administration.
		get("/admin/mails", ADMINS);
		get("/admin/mails/{id}", f -> "/admin/mails/0", ADMINS);
		get("/admin/mails/{id}/html", f -> "/admin/mails/0/html", ADMINS);
		get("/admin/imports", ADMINS);
		upload("/admin/imports", f -> "/admin/imports?source=x", "file", ADMINS);
		get("/admin/imports/{id}", f -> "/admin/imports/0", ADMINS);
		post("/admin/imports/{id}/dry-run", f -> "/admin/imports/0/dry-run", ADMINS);
		post("/admin/imports/{id}/apply", f -> "/admin/imports/0/apply", ADMINS);
		get("/api/v1/imports", ADMINS);
		json("POST", "/api/v1/imports", f -> "/api/v1/imports?source=x", "{}", ADMINS);
		get("/api/v1/imports/{id}", f -> "/api/v1/imports/0", ADMINS);
		json("POST", "/api/v1/imports/{id}/dry-run", f -> "/api/v1/imports/0/dry-run", "{}", ADMINS);
		json("POST", "/api/v1/imports/{id}/apply", f -> "/api/v1/imports/0/apply", "{}", ADMINS);
	}

	private static void get(String pattern, Set<Actor> allowed) {
		get(pattern, f -> pattern, allowed);
	}

	private static void get(String pattern, Function<Fixture, String> uri, Set<Actor> allowed) {
		rule("GET", pattern, uri, "", allowed, false);
	}

	private static void post(String pattern, Set<Actor> allowed) {
		post(pattern, f -> pattern, allowed);
	}

	private static void post(String pattern, Function<Fixture, String> uri, Set<Actor> allowed) {
		rule("POST", pattern, uri, "", allowed, false);
	}

	/** A form with a file (not an image: the upload is refused after the access check, which is what is tested). */
	private static void upload(String pattern, Function<Fixture, String> uri, String part, Set<Actor> allowed) {
		rule("POST", pattern, uri, "file:" + part, allowed, false);
	}

	private static void json(String method, String pattern, Function<Fixture, String> uri, String body, Set<Actor> allowed) {
		rule(method, pattern, uri, "json:" + body, allowed, false);
	}

	private static void rule(String method, String pattern, Function<Fixture, String> uri, String body, Set<Actor> allowed, boolean hides) {
		RULES.put(method + " " + pattern, new Rule(method, pattern, uri, body, allowed, hides, false));
	}

	/** A route that destroys what it is about: each person gets a fixture of their own. */
	private static void destroying(String method, String pattern, Function<Fixture, String> uri, Set<Actor> allowed, boolean hides) {
		RULES.put(method + " " + pattern, new Rule(method, pattern, uri, "", allowed, hides, true));
	}

	static Stream<Arguments> cells() {
		return RULES.values().stream()
			.flatMap(rule -> EnumSet.allOf(Actor.class).stream()
				.map(actor -> Arguments.of(rule, actor, rule.allowed().contains(actor) ? "allowed" : "refused")));
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Access access;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** The people, made once: each route gets its own groups, ecosystem, place and requests. */
	private static final Map<Actor, Visitor> PEOPLE = new EnumMap<>(Actor.class);
	private static final Map<String, Fixture> FIXTURES = new ConcurrentHashMap<>();

	@Test
	void everyRouteHasARule() {
		Set<String> routes = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
			var methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty()) {
				routes.add("GET " + pattern);
			}
			methods.forEach(method -> routes.add(method.name() + " " + pattern));
		}));
		assertThat(RULES.keySet()).as("routes of the application without a rule in the matrix").containsAll(routes);
		assertThat(routes).as("rules of the matrix for routes that no longer exist").containsAll(RULES.keySet());
	}

	@ParameterizedTest(name = "{0} by {1}: {2}")
	@MethodSource("cells")
	void theRouteAnswersAsTheMatrixSays(Rule rule, Actor actor, String expected) {
		Fixture fixture = FIXTURES.computeIfAbsent(rule.destroys() ? rule + " by " + actor : rule.toString(), key -> fixture());
		Visitor visitor = person(actor);
		String uri = rule.uri().apply(fixture);
		MvcTestResult result;
		if (rule.body().startsWith("json:")) {
			result = visitor.send(HttpMethod.valueOf(rule.method()), uri, MediaType.APPLICATION_JSON, rule.body().substring(5));
		}
		else if (rule.body().startsWith("file:")) {
			result = visitor.upload(uri, new org.springframework.mock.web.MockMultipartFile(rule.body().substring(5), "a.txt", "text/plain",
					"pas une image".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		else if (rule.method().equals("GET")) {
			result = visitor.get(uri);
		}
		else {
			List<String> params = new ArrayList<>();
			for (String pair : rule.body().split("&")) {
				if (!pair.isEmpty()) {
					String[] parts = pair.split("=", 2);
					params.add(parts[0]);
					params.add(parts[1].replace("%MEMBER%", Long.toString(fixture.memberId()))
						.replace("%OUTSIDER%", Long.toString(fixture.outsiderId())));
				}
			}
			result = visitor.post(uri, params.toArray(String[]::new));
		}
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		boolean refused = status == 401 || status == 403 || (location != null && location.endsWith("/login"))
				|| (rule.hides() && status == 404);
		assertThat(refused ? "refused" : "allowed").as("%s by %s answered %d%s", rule, actor, status,
				location == null ? "" : " → " + location).isEqualTo(expected);
	}

	private Visitor person(Actor actor) {
		synchronized (PEOPLE) {
			return PEOPLE.computeIfAbsent(actor, this::signUp);
		}
	}

	private Visitor signUp(Actor actor) {
		String ip = "10.99.0." + (actor.ordinal() + 1);
		return switch (actor) {
			case ANONYMOUS -> new Visitor(mvc, ip);
			case PLATFORM_ADMIN -> members.admin(ip);
			default -> members.member(actor.name().charAt(0) + actor.name().substring(1).toLowerCase().replace('_', ' '), ip);
		};
	}

	private long id(Actor actor) {
		return members.accountId(person(actor).email());
	}

	/**
	 * A group (admin, leader, member; co-optation, with the applicant's request in progress)
	 * carrying the keyword of a moderated ecosystem (its steward), another group and ecosystem,
	 * and a place (its operator) whose plan on application holds the applicant's request with an
	 * interview slot proposed, a members-only meeting, a date poll and a draft of news with a
	 * picture. Time moves an hour on, so that rate limits start afresh.
	 */
	private Fixture fixture() {
		clock.advance(Duration.ofHours(1));
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String group = "mx-" + suffix;
		String keyword = "mx" + suffix;
		Visitor admin = person(PLATFORM_ADMIN);
		admin.post("/ecosystems", "keyword", keyword, "name", "Matrice " + suffix, "charter", "Règle", "moderated", "true");
		admin.post("/ecosystems", "keyword", "autre" + suffix, "name", "Autre " + suffix, "charter", "Règle");
		long ecosystemId = jdbc.sql("select id from ecosystem where keyword = ?").param(keyword).query(Long.class).single();
		long otherEcosystemId = jdbc.sql("select id from ecosystem where keyword = ?").param("autre" + suffix).query(Long.class).single();
		access.grant(ecosystemId, id(STEWARD), EcosystemRole.STEWARD, clock.instant());
		access.grant(otherEcosystemId, id(Actor.OTHER_STEWARD), EcosystemRole.STEWARD, clock.instant());

		person(GROUP_ADMIN).post("/groups", "name", "Groupe " + suffix, "tagline", "Une ligne", "type", "THEMATIC", "slug", group, "activity",
				"ACTIVE", "keywords", keyword);
		person(Actor.OTHER_GROUP_ADMIN).post("/groups", "name", "Autre " + suffix, "tagline", "Une ligne", "type", "THEMATIC", "slug",
				"autre-" + suffix, "activity", "ACTIVE");
		long groupId = jdbc.sql("select id from group_record where slug = ?").param(group).query(Long.class).single();
		access.addMember(groupId, id(MEMBER), clock.instant());
		access.addMember(groupId, id(LEADER), clock.instant());
		access.grant(groupId, id(LEADER), GroupRole.LEADER, clock.instant());
		person(GROUP_ADMIN).post("/g/" + group + "/settings/entry", "process", "COOPTATION", "vouches", "5", "memberList", "MEMBERS");
		long request = requestId(person(APPLICANT).post("/g/" + group + "/join"));

		String place = "lieu-" + suffix;
		person(OPERATOR).post("/places", "name", "Lieu " + suffix, "slug", place, "tagline", "Un lieu", "currency", "EUR");
		person(OPERATOR).post("/p/" + place + "/plans", "name", "Résident", "price", "10", "period", "YEAR", "process", "APPLICATION",
				"questions", "Pourquoi ?", "active", "true");
		long plan = jdbc.sql("select p.id from place_plan p join place pl on pl.id = p.place_id where pl.slug = ?").param(place)
			.query(Long.class).single();
		long planRequest = requestId(person(APPLICANT).post("/p/" + place + "/plans/" + plan + "/join", "answer", "Pour le lieu"));
		// At 18:00, a time every day has: the shared clock may stand anywhere, a spring change included.
		String soon = LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Paris"))).plusDays(3).withHour(18).withMinute(0).withNano(0)
			.withSecond(0).toString();
		person(OPERATOR).post("/requests/" + planRequest + "/slots", "slot", soon, "mode", "IN_PERSON", "place", "Au lieu");
		long slot = jdbc.sql("select id from interview_slot where request_id = ?").param(planRequest).query(Long.class).single();
		long membership = jdbc.sql("select id from place_membership where plan_id = ?").param(plan).query(Long.class).single();
		String memberPublicId = jdbc.sql("select public_id from account where id = ?").param(id(MEMBER)).query(String.class).single();
		String start = LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Paris"))).plusDays(7).withHour(18).withMinute(0).withNano(0)
			.withSecond(0).toString();
		String end = LocalDateTime.parse(start).plusHours(2).toString();
		var scheduled = person(GROUP_ADMIN).post("/g/" + group + "/meetings", "title", "Rencontre", "starts", start, "ends", end, "online",
				"https://visio.example.org", "visibility", "MEMBERS", "rhythm", "WEEKLY");
		long meeting = Long.parseLong(scheduled.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
		long series = jdbc.sql("select series_id from meeting where id = ?").param(meeting).query(Long.class).single();
		var opened = person(GROUP_ADMIN).post("/g/" + group + "/polls", "title", "Prochaine", "place", "https://visio.example.org",
				"duration", "60", "deadline", start, "option", LocalDateTime.parse(start).plusDays(1).toString());
		long poll = Long.parseLong(opened.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
		var drafted = person(GROUP_ADMIN).upload("/g/" + group + "/news", TestImages.png("image", 800, 600), "title", "Brouillon", "body",
				"Pas encore publié", "audience", "PUBLIC", "publication", "DRAFT");
		long news = Long.parseLong(drafted.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
		var started = person(GROUP_ADMIN).post("/g/" + group + "/discussion", "title", "Fil", "body", "Premier message");
		long thread = Long.parseLong(started.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
		long message = jdbc.sql("select id from discussion_message where thread_id = ?").param(thread).query(Long.class).single();
		person(MEMBER).post("/messages/" + message + "/report", "reason", "Pour la matrice");
		long report = jdbc.sql("select id from discussion_report where message_id = ?").param(message).query(Long.class).single();
		var proposed = person(GROUP_ADMIN).post("/g/" + group + "/projects", "title", "Projet");
		long project = Long.parseLong(proposed.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
		var added = person(GROUP_ADMIN).upload("/g/" + group + "/resources", new org.springframework.mock.web.MockMultipartFile("file",
				"notes.txt", "text/plain", "Notes de la rencontre".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "kind", "FILE", "title",
				"Fichier", "license", "CC_BY_SA_4", "audience", "MEMBERS");
		long resource = Long.parseLong(added.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
		return new Fixture(group, keyword, groupId, place, plan, request, planRequest, slot, membership, id(Actor.OUTSIDER), id(MEMBER),
				memberPublicId, meeting, poll, series, news, thread, message, report, project, resource);
	}

	private static long requestId(MvcTestResult sent) {
		String location = sent.getResponse().getRedirectedUrl();
		assertThat(location).as("a request was sent").matches("/requests/\\d+");
		return Long.parseLong(location.substring("/requests/".length()));
	}
}
