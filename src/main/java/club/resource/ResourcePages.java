package club.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import club.access.Audience;
import club.account.Accounts;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.platform.markdown.Markdown;
import club.platform.security.SignedInUser;
import club.platform.text.Keywords;
import club.platform.web.FormErrors;
import club.platform.web.Page;

/** A group's resources, a resource's page, its forms (link, file, note) and its download. */
@Controller
class ResourcePages {

	/** What a download may do in a browser that opens it anyway: nothing. */
	static final String DOWNLOAD_POLICY = "sandbox; default-src 'none'";

	private final Resources resources;
	private final GroupDirectory directory;
	private final Accounts accounts;
	private final Markdown markdown;
	private final MessageSource messages;

	ResourcePages(Resources resources, GroupDirectory directory, Accounts accounts, Markdown markdown, MessageSource messages) {
		this.resources = resources;
		this.directory = directory;
		this.accounts = accounts;
		this.markdown = markdown;
		this.messages = messages;
	}

	@GetMapping("/g/{slug}/resources")
	String list(@PathVariable String slug, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String tag, @RequestParam(defaultValue = "false") boolean productions,
			@RequestParam(defaultValue = "1") int page, Model model) {
		Group group = group(slug);
		var user = SignedInUser.current();
		ResourceKind chosenKind = ResourceKind.parse(kind).orElse(null);
		String chosenTag = Keywords.parse(tag == null ? "" : tag).stream().findFirst().orElse(null);
		var slice = resources.list(group, user, chosenKind, chosenTag, productions, page);
		model.addAttribute("group", group);
		model.addAttribute("resources", slice.resources());
		model.addAttribute("pageNumber", slice.pageNumber());
		model.addAttribute("pageCount", slice.pageCount());
		model.addAttribute("kind", chosenKind == null ? "" : chosenKind.name());
		model.addAttribute("tag", chosenTag == null ? "" : chosenTag);
		model.addAttribute("productions", productions);
		model.addAttribute("tags", resources.tags(group, user));
		model.addAttribute("names", names(slice.resources().stream().flatMap(r -> Stream.of(r.addedBy(), r.creditedAuthorId())).toList()));
		model.addAttribute("member", resources.mayAdd(group.id(), user));
		return "resource/list";
	}

	@GetMapping("/g/{slug}/resources/new")
	String newForm(@PathVariable String slug, @RequestParam(defaultValue = "LINK") String kind,
			@RequestParam(defaultValue = "false") boolean production, Model model, HttpServletRequest request, Locale locale) {
		Group group = adding(slug);
		ResourceKind chosen = ResourceKind.parse(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return form(model, group, null, ResourceForm.empty(chosen, production, resources.defaultAudience(group)), flashed(request, locale));
	}

	@PostMapping("/g/{slug}/resources")
	String add(@PathVariable String slug, ResourceForm form, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Model model, RedirectAttributes redirect, Locale locale) throws IOException {
		Group group = adding(slug);
		SignedInUser me = SignedInUser.current().orElseThrow();
		var errors = form.check(messages, locale);
		FileInspector.Checked checked = null;
		if (form.kindValue() == ResourceKind.FILE) {
			if (file == null || file.isEmpty()) {
				errors.put("file", messages.getMessage("resource.file.required", new Object[] { megabytes() }, locale));
			}
			else if (errors.isEmpty()) {
				checked = upload(file, me, errors, locale);
			}
		}
		if (!errors.isEmpty()) {
			return form(model, group, null, form, FormErrors.of(errors));
		}
		Resource resource = resources.add(group, form.checked(), checked, me);
		redirect.addFlashAttribute(Page.FLASH, "resource.added");
		return "redirect:/resources/" + resource.id();
	}

	@GetMapping("/resources/{id}")
	String show(@PathVariable long id, Model model) {
		Resource resource = visible(id);
		var user = SignedInUser.current();
		model.addAttribute("group", groupOf(resource));
		model.addAttribute("resource", resource);
		model.addAttribute("description", markdown.render(resource.description()));
		model.addAttribute("names", names(Arrays.asList(resource.addedBy(), resource.creditedAuthorId())));
		model.addAttribute("editor", resources.mayEdit(resource, user));
		return "resource/show";
	}

	/**
	 * The file as a download, never a page: an attachment with its detected type, a safe name, no
	 * sniffing, and a policy that runs nothing should a browser open it anyway. Members-only files
	 * are not revealed to others (404).
	 */
	@GetMapping("/resources/{id}/download")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		Resource resource = visible(id);
		StoredFile file = Optional.ofNullable(resource.file()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] content = resources.content(resource).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.type().mediaType()))
			.contentLength(content.length)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", DOWNLOAD_POLICY)
			.cacheControl(resource.isPublic() ? CacheControl.noCache() : CacheControl.noStore())
			.body(content);
	}

	@GetMapping("/resources/{id}/edit")
	String editForm(@PathVariable long id, Model model, HttpServletRequest request, Locale locale) {
		Resource resource = editable(id);
		return form(model, groupOf(resource), resource, ResourceForm.of(resource), flashed(request, locale));
	}

	/** A file refused while the request was read ({@link UploadLimit}): its message next to the file field. */
	private FormErrors flashed(HttpServletRequest request, Locale locale) {
		var flash = RequestContextUtils.getInputFlashMap(request);
		if (flash != null && flash.get(UploadLimit.FLASH) instanceof String key) {
			return FormErrors.of(Map.of("file", messages.getMessage(key, new Object[] { megabytes() }, locale)));
		}
		return FormErrors.NONE;
	}

	/** The kind stays what it was, whatever the form says; a file may be replaced. */
	@PostMapping("/resources/{id}/edit")
	String edit(@PathVariable long id, ResourceForm typed, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Model model, RedirectAttributes redirect, Locale locale) throws IOException {
		Resource resource = editable(id);
		var form = new ResourceForm(resource.kind().name(), typed.title(), typed.description(), typed.url(), typed.tags(), typed.license(),
				typed.production(), typed.audience(), typed.sourceUrl(), typed.sourceLabel());
		var errors = form.check(messages, locale);
		FileInspector.Checked checked = null;
		if (resource.kind() == ResourceKind.FILE && file != null && !file.isEmpty() && errors.isEmpty()) {
			checked = upload(file, SignedInUser.current().orElseThrow(), errors, locale);
		}
		if (!errors.isEmpty()) {
			return form(model, groupOf(resource), resource, form, FormErrors.of(errors));
		}
		resources.edit(resource, form.checked(), checked);
		redirect.addFlashAttribute(Page.FLASH, "resource.saved");
		return "redirect:/resources/" + id;
	}

	@PostMapping("/resources/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Resource resource = editable(id);
		Group group = groupOf(resource);
		resources.delete(resource);
		redirect.addFlashAttribute(Page.FLASH, "resource.deleted");
		return "redirect:/g/" + group.slug() + "/resources";
	}

	/** The checked file, or null with a message next to the file field. */
	private FileInspector.@Nullable Checked upload(MultipartFile file, SignedInUser me, Map<String, String> errors, Locale locale)
			throws IOException {
		try {
			return resources.checkUpload(Objects.requireNonNullElse(file.getOriginalFilename(), ""), file.getBytes(), me);
		}
		catch (Resources.FileRefused refused) {
			errors.put("file", messages.getMessage(refused.messageKey, refused.arguments, locale));
			return null;
		}
	}

	private long megabytes() {
		return resources.maxFileSize() / (1024 * 1024);
	}

	private String form(Model model, Group group, @Nullable Resource resource, ResourceForm form, FormErrors errors) {
		model.addAttribute("group", group);
		model.addAttribute("resource", resource);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("maxMegabytes", megabytes());
		model.addAttribute("sharesProductions", resources.defaultAudience(group) == Audience.PUBLIC);
		return "resource/form";
	}

	private Map<Long, String> names(List<@Nullable Long> accountIds) {
		return accounts.displayNamesOf(accountIds.stream());
	}

	private Group group(String slug) {
		return directory.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Group groupOf(Resource resource) {
		return directory.findById(resource.groupId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Group adding(String slug) {
		Group group = group(slug);
		if (!resources.mayAdd(group.id(), SignedInUser.current())) {
			throw new AccessDeniedException("Resources of " + slug);
		}
		return group;
	}

	/** The resource, if the visitor may see it; 404 otherwise (a members-only resource is not revealed). */
	private Resource visible(long id) {
		return resources.find(id)
			.filter(resource -> resources.maySee(resource, SignedInUser.current()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** 404 when the person may not even see it, 403 when they may only read it. */
	private Resource editable(long id) {
		Resource resource = visible(id);
		if (!resources.mayEdit(resource, SignedInUser.current())) {
			throw new AccessDeniedException("Resource " + id);
		}
		return resource;
	}
}
