package club.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePages {

	@GetMapping("/")
	String home() {
		return "home";
	}
}
