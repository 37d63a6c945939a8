package club.account;

import java.util.EnumSet;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import club.platform.mail.MailPreferences;
import club.platform.mail.MailTopic;
import club.platform.web.Page;

/** Which notifications a person receives by mail: every topic is on until they untick it. */
@Controller
class NotificationPages {

	private final MailPreferences preferences;

	NotificationPages(MailPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/profile/notifications")
	String show(@AuthenticationPrincipal AccountUser user, Model model) {
		model.addAttribute("topics", List.of(MailTopic.values()));
		model.addAttribute("off", preferences.turnedOff(user.accountId()));
		return "account/notifications";
	}

	/** The ticked topics are received; the others are turned off. */
	@PostMapping("/profile/notifications")
	String save(@AuthenticationPrincipal AccountUser user, @RequestParam(name = "topic", required = false) List<String> ticked,
			RedirectAttributes redirect) {
		var off = EnumSet.allOf(MailTopic.class);
		if (ticked != null) {
			off.removeIf(topic -> ticked.contains(topic.name()));
		}
		preferences.turnOff(user.accountId(), off);
		redirect.addFlashAttribute(Page.FLASH, "notifications.saved");
		return "redirect:/profile/notifications";
	}
}
