package club.importing;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import club.platform.security.SignedInUser;
import club.platform.web.Page;

/** Imports for platform admins (routes under /admin are for admins only). */
@Controller
@RequestMapping("/admin/imports")
class ImportPages {

	private final Importer importer;
	private final ImportStarter starter;
	private final MessageSource messages;

	ImportPages(Importer importer, ImportStarter starter, MessageSource messages) {
		this.importer = importer;
		this.starter = starter;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("jobs", importer.recent());
		model.addAttribute("error", null);
		return "importing/list";
	}

	@PostMapping
	String upload(@RequestParam(defaultValue = "") String source, @RequestParam("file") MultipartFile file, Locale locale,
			Model model) throws IOException {
		String error = null;
		if (source.isBlank() || source.length() > 60) {
			error = messages.getMessage("import.source.invalid", null, locale);
		}
		else if (file.isEmpty()) {
			error = messages.getMessage("import.file.required", null, locale);
		}
		else {
			try {
				ImportJob job = importer.upload(source.strip(), file.getOriginalFilename(), file.getBytes(), locale,
						SignedInUser.current().map(SignedInUser::accountId).orElse(null));
				return "redirect:/admin/imports/" + job.id();
			}
			catch (SourceRecords.Unreadable unreadable) {
				error = messages.getMessage(unreadable.messageKey, unreadable.arguments, locale);
			}
		}
		model.addAttribute("jobs", importer.recent());
		model.addAttribute("error", error);
		return "importing/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) throws SourceRecords.Unreadable {
		ImportJob job = job(id);
		model.addAttribute("job", job);
		model.addAttribute("fields", importer.fields(job));
		return "importing/job";
	}

	@PostMapping("/{id}/dry-run")
	String dryRun(@PathVariable long id, @RequestParam Map<String, String> parameters) throws SourceRecords.Unreadable {
		ImportJob job = job(id);
		if (job.status() == ImportJob.Status.READY) {
			importer.remap(job, mapping(parameters));
			importer.dryRun(importer.job(id));
		}
		return "redirect:/admin/imports/" + id;
	}

	@PostMapping("/{id}/apply")
	String apply(@PathVariable long id, RedirectAttributes redirect) throws SourceRecords.Unreadable {
		if (starter.start(job(id).id())) {
			redirect.addFlashAttribute(Page.FLASH, "import.started");
		}
		return "redirect:/admin/imports/" + id;
	}

	private ImportJob job(long id) {
		return importer.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The mapping form sends map.NAME=bf_titre…; an empty choice leaves the field unmapped. */
	private static Map<ImportField, String> mapping(Map<String, String> parameters) {
		Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		for (ImportField field : ImportField.values()) {
			String source = parameters.get("map." + field.name());
			if (source != null && !source.isBlank()) {
				mapping.put(field, source);
			}
		}
		return mapping;
	}
}
