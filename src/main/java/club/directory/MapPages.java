package club.directory;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import club.platform.ClubProperties;

/**
 * The map of the groups: the page only carries the filters; the browser loads the groups of
 * the visible area from the GeoJSON endpoint as the map moves, and clusters them.
 */
@Controller
class MapPages {

	private final ClubProperties properties;

	MapPages(ClubProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/map")
	String map(@RequestParam Map<String, String> parameters, Model model) {
		model.addAttribute("query", DirectoryQuery.fromParameters(parameters));
		model.addAttribute("tiles", properties.map());
		return "directory/map";
	}
}
