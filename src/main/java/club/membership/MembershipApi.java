package club.membership;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import club.access.Access;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.platform.ClubProperties;
import club.platform.security.SignedInUser;
import club.platform.web.Problems;

/** Members of a group, a person's own groups, joining and leaving, for API clients with a token. */
@RestController
@RequestMapping("/api/v1")
class MembershipApi {

	private final Memberships memberships;
	private final GroupDirectory directory;
	private final Access access;
	private final Problems problems;
	private final ClubProperties properties;
	private final JoinForms joinForms;

	MembershipApi(Memberships memberships, GroupDirectory directory, Access access, Problems problems, ClubProperties properties,
			JoinForms joinForms) {
		this.joinForms = joinForms;
		this.memberships = memberships;
		this.directory = directory;
		this.access = access;
		this.problems = problems;
		this.properties = properties;
	}

	/** As on the page: shown to the audience the group chose. */
	@GetMapping("/groups/{slug}/members")
	ResponseEntity<?> members(@PathVariable String slug) {
		Group group = JoinPages.group(directory, slug);
		var user = SignedInUser.current();
		if (!access.sees(user, group.id(), memberships.settings(group).memberList())) {
			return user.isEmpty() ? problems.response(HttpStatus.UNAUTHORIZED, "problem.unauthorized")
					: problems.response(HttpStatus.FORBIDDEN, "problem.forbidden");
		}
		var members = access.members(group.id());
		var names = memberships.names(members.stream().map(Access.Member::accountId).toList());
		return ResponseEntity.ok(members.stream()
			.map(member -> Map.of("name", names.getOrDefault(member.accountId(), ""), "joinedAt", member.joinedAt(), "roles",
					member.roles()))
			.toList());
	}

	@GetMapping("/me/groups")
	Map<String, Object> myGroups() {
		var user = SignedInUser.current().orElseThrow();
		var groups = access.groupsOf(user.accountId()).stream()
			.flatMap(membership -> directory.findById(membership.groupId()).stream()
				.map(group -> Map.<String, Object>of("slug", group.slug(), "name", group.name(), "joinedAt", membership.joinedAt(),
						"roles", membership.roles())))
			.toList();
		var requests = memberships.requestsOf(user.accountId()).stream()
			.flatMap(request -> memberships.target(request).stream()
				.map(target -> Map.<String, Object>of("id", request.id(), "for", target.name(), "forUrl", properties.link(target.path()),
						"state", request.state(), "createdAt", request.createdAt(), "url", properties.link(Memberships.requestPath(request.id())))))
			.toList();
		return Map.of("groups", groups, "requests", requests);
	}

	/**
	 * Joins an open group ({@code 200}, {@code "state": "MEMBER"}) or sends a request ({@code 202}
	 * with its page): body {@code {"message": …, "answers": […], "vouchers": ["email", …]}}, all optional.
	 */
	@PostMapping("/groups/{slug}/join")
	ResponseEntity<?> join(@PathVariable String slug, @RequestBody(required = false) Map<String, Object> body, Locale locale) {
		Group group = JoinPages.group(directory, slug);
		Map<String, Object> given = body == null ? Map.of() : body;
		String message = given.get("message") instanceof String text ? text : "";
		List<String> answers = strings(given.get("answers"));
		List<String> vouchers = strings(given.get("vouchers"));
		EntryTarget target = memberships.target(group);
		EntryRule rule = target.rule();
		var errors = joinForms.check(rule, message, answers, vouchers, locale, i -> "answers[" + i + "]");
		if (!errors.isEmpty()) {
			return problems.invalid(errors);
		}
		return switch (memberships.join(target, SignedInUser.current().orElseThrow(), message, JoinForms.kept(rule, answers), vouchers)) {
			case Memberships.Joining.Joined joined -> ResponseEntity.ok(Map.of("state", "MEMBER"));
			case Memberships.Joining.AlreadyMember already -> ResponseEntity.ok(Map.of("state", "MEMBER"));
			case Memberships.Joining.Requested requested -> requestAnswer(requested.requestId());
			case Memberships.Joining.AlreadyRequested already -> requestAnswer(already.requestId());
			case Memberships.Joining.TooMany tooMany -> ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header("Retry-After", String.valueOf(tooMany.retryAfter().toSeconds() + 1))
				.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.body(problems.of(HttpStatus.TOO_MANY_REQUESTS, "membership.tooMany"));
		};
	}

	/** Leaves the group: {@code 204}; {@code 409} for its last admin. */
	@PostMapping("/groups/{slug}/leave")
	ResponseEntity<?> leave(@PathVariable String slug) {
		Group group = JoinPages.group(directory, slug);
		return switch (memberships.leave(group, SignedInUser.current().orElseThrow())) {
			case LEFT, NOT_A_MEMBER -> ResponseEntity.noContent().build();
			case LAST_ADMIN -> problems.response(HttpStatus.CONFLICT, "membership.leave.lastAdmin");
		};
	}

	private ResponseEntity<?> requestAnswer(long requestId) {
		URI page = URI.create(properties.link(Memberships.requestPath(requestId)));
		return ResponseEntity.accepted().location(page).body(Map.of("state", "REQUESTED", "request", requestId, "url", page.toString()));
	}

	private static List<String> strings(Object value) {
		return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
	}
}
