package club.meeting;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import club.directory.GroupDirectory;
import club.ecosystem.Ecosystems;
import club.platform.ClubProperties;
import club.platform.security.SignedInUser;
import club.platform.web.Page;

/**
 * Calendar feeds to subscribe to: a group's and an ecosystem's public meetings, and a person's
 * own behind a private address, which they make, renew or stop on "My calendar".
 */
@Controller
class CalendarFeedPages {

	private final CalendarFeeds feeds;
	private final MeetingCalendars calendars;
	private final GroupDirectory directory;
	private final Ecosystems ecosystems;
	private final ClubProperties properties;

	CalendarFeedPages(CalendarFeeds feeds, MeetingCalendars calendars, GroupDirectory directory, Ecosystems ecosystems,
			ClubProperties properties) {
		this.feeds = feeds;
		this.calendars = calendars;
		this.directory = directory;
		this.ecosystems = ecosystems;
		this.properties = properties;
	}

	@GetMapping("/g/{slug}/meetings.ics")
	ResponseEntity<String> group(@PathVariable String slug) {
		var group = directory.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return calendar(feeds.publicMeetings(List.of(group)));
	}

	/** All the public meetings of the ecosystem's groups. */
	@GetMapping("/e/{keyword}/meetings.ics")
	ResponseEntity<String> ecosystem(@PathVariable String keyword) {
		var groups = ecosystems.groupsOf(keyword).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return calendar(feeds.publicMeetings(groups));
	}

	/** A person's meetings; the address is the only key, so a wrong one is simply not found. */
	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> personal(@PathVariable String token) {
		return calendar(feeds.personal(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	@GetMapping("/my/calendar")
	String page(Model model) {
		var user = SignedInUser.current().orElseThrow();
		model.addAttribute("created", feeds.tokenCreated(user.accountId()).orElse(null));
		model.addAttribute("address", null);
		return "meeting/my-calendar";
	}

	/** A new private address, shown this once; any previous one stops working. */
	@PostMapping("/my/calendar")
	String newAddress(Model model) {
		var user = SignedInUser.current().orElseThrow();
		String token = feeds.newToken(user.accountId());
		model.addAttribute("created", feeds.now());
		model.addAttribute("address", properties.link("/calendar/" + token + ".ics"));
		return "meeting/my-calendar";
	}

	@PostMapping("/my/calendar/revoke")
	String revoke(RedirectAttributes redirect) {
		feeds.revoke(SignedInUser.current().orElseThrow().accountId());
		redirect.addFlashAttribute(Page.FLASH, "calendar.revoked");
		return "redirect:/my/calendar";
	}

	private ResponseEntity<String> calendar(List<Meeting> meetings) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(MeetingCalendars.MEDIA_TYPE))
			.body(calendars.calendar(meetings));
	}
}
