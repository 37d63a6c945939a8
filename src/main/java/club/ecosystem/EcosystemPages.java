package club.ecosystem;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import club.platform.ClubProperties;
import club.platform.markdown.Markdown;
import club.platform.security.ContentSecurityPolicy;

/** The list of ecosystems, an ecosystem's page, and its embed page for other sites. */
@Controller
class EcosystemPages {

	private final Ecosystems ecosystems;
	private final Markdown markdown;
	private final ClubProperties properties;
	private final ContentSecurityPolicy csp;

	EcosystemPages(Ecosystems ecosystems, Markdown markdown, ClubProperties properties, ContentSecurityPolicy csp) {
		this.csp = csp;
		this.ecosystems = ecosystems;
		this.markdown = markdown;
		this.properties = properties;
	}

	@GetMapping("/ecosystems")
	String list(Model model) {
		model.addAttribute("ecosystems", ecosystems.all());
		return "ecosystem/list";
	}

	@GetMapping("/e/{keyword}")
	String show(@PathVariable String keyword, Model model) {
		var view = find(keyword);
		model.addAttribute("view", view);
		model.addAttribute("description", markdown.render(Objects.requireNonNullElse(view.ecosystem().description(), "")));
		model.addAttribute("charter", markdown.render(view.ecosystem().charter()));
		model.addAttribute("baseUrl", properties.link(""));
		model.addAttribute("tiles", properties.map());
		return "ecosystem/show";
	}

	/** The same content with minimal chrome: the one kind of page other sites may frame. */
	@GetMapping("/e/{keyword}/embed")
	String embed(@PathVariable String keyword, Model model, HttpServletRequest request, HttpServletResponse response) {
		var view = find(keyword);
		csp.allowFraming(request, response, view.ecosystem().embedOrigins());
		model.addAttribute("view", view);
		model.addAttribute("baseUrl", properties.link(""));
		return "ecosystem/embed";
	}

	private Ecosystems.View find(String keyword) {
		return ecosystems.view(keyword).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
