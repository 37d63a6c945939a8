package club.platform.mail;

import java.util.regex.Pattern;


import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The outbox for platform admins (routes under /admin are for admins only). */
@Controller
@RequestMapping("/admin/mails")
class MailAdminPages {

	static final int PAGE_SIZE = 50;
	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private final MailOutbox outbox;
	private final MailDelivery delivery;

	MailAdminPages(MailOutbox outbox, MailDelivery delivery) {
		this.outbox = outbox;
		this.delivery = delivery;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int p, Model model) {
		int pageNumber = Math.max(1, p);
		long total = outbox.count();
		model.addAttribute("mails", outbox.page((pageNumber - 1) * PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("pageNumber", pageNumber);
		model.addAttribute("pageCount", (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("total", total);
		model.addAttribute("smtp", delivery.smtpConfigured());
		return "mail/outbox";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		OutboxMail mail = find(id);
		model.addAttribute("mail", mail);
		model.addAttribute("links", LINK.matcher(mail.textBody()).results().map(match -> match.group()).distinct().toList());
		return "mail/outbox-mail";
	}

	/** The HTML part as the recipient sees it, in a sandbox: no script, no form, no request out. */
	@GetMapping("/{id}/html")
	ResponseEntity<String> html(@PathVariable long id) {
		return ResponseEntity.ok()
			.header("Content-Security-Policy",
					"sandbox allow-popups allow-popups-to-escape-sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:")
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body(find(id).htmlBody());
	}

	private OutboxMail find(long id) {
		return outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
