package club.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import club.directory.Group;
import club.support.BrowserSteps;
import club.support.BrowserTest;
import club.support.Chromium;
import club.support.MutableClock;
import club.support.SignedInAs;
import club.support.TestGroups;
import club.support.TestMembers;
import club.support.Xss;
import club.resource.Resources;
import club.wiki.WikiContributions;

/**
 * The XSS battery as Chromium parses it: every payload as a discussion message, and a sample as a
 * wiki page and as a resource's description, are opened in the browser, where nothing may run (alert, confirm, prompt, print are
 * counted from before the page's first script) and the live DOM — after the browser's own parsing,
 * where mutation XSS would show — holds no handler attribute, script URL, foreign script or frame.
 */
@BrowserTest
class BrowserXssTests {

	/** Run in the page before anything else: counts the calls a payload would make. */
	private static final String TRAP = """
			window.__xss = [];
			for (const name of ['alert', 'confirm', 'prompt', 'print']) {
			  window[name] = (...args) => { window.__xss.push(name + ':' + args.join(',')); };
			}
			""";

	/** What in the parsed page could run: reported as text, empty when the page is inert. */
	private static final String ACTIVE_MARKUP = """
			const found = [];
			const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background', 'poster'];
			for (const element of document.querySelectorAll('*')) {
			  const tag = element.tagName.toLowerCase();
			  if (['iframe', 'frame', 'object', 'embed', 'base', 'applet', 'svg', 'math'].includes(tag)) found.push('<' + tag + '>');
			  if (tag === 'script' && !(element.src && new URL(element.src).origin === location.origin)) found.push('script ' + element.outerHTML.slice(0, 80));
			  if (tag === 'meta' && element.httpEquiv) found.push('meta http-equiv ' + element.httpEquiv);
			  for (const attribute of element.attributes) {
			    const name = attribute.name.toLowerCase();
			    if (name.startsWith('on')) found.push(tag + ' ' + name);
			    if (urlAttributes.includes(name) && /^\\s*(javascript|vbscript|data:text\\/html)/i.test(attribute.value)) found.push(tag + ' ' + name + '=' + attribute.value.slice(0, 60));
			  }
			}
			return found.concat(window.__xss || []);
			""";

	@LocalServerPort
	int port;

	@Autowired
	TestMembers members;

	@Autowired
	TestGroups groups;

	@Autowired
	DiscussionRepository discussion;

	@Autowired
	WikiContributions wiki;

	@Autowired
	Resources resources;

	@Autowired
	MutableClock clock;

	@RegisterExtension
	final Chromium browser = new Chromium();

	@Test
	void noPayloadRunsInChromiumInMessagesWikiPagesOrResources() {
		String email = members.verifiedAccount("Awa Testeuse");
		long awa = members.accountId(email);
		Group group = groups.create("xss", "Un groupe attaqué", awa);
		String slug = group.slug();

		List<String> payloads = Xss.payloads();
		long thread = discussion.insertThread(group.id(), "Charges utiles", awa, clock.instant());
		payloads.forEach(payload -> discussion.append(thread, group.id(), awa, payload, SearchText.of(payload), clock.instant()));
		String sample = String.join("\n\n", java.util.stream.IntStream.range(0, payloads.size()).filter(i -> i % 5 == 0).mapToObj(payloads::get)
			.toList());
		assertThat(wiki.addPage(group, "Charges utiles", sample, awa, "XSS")).isInstanceOf(WikiContributions.Written.class);
		long resource = resources.catchText(group.id(), new SignedInAs(awa), "Charges utiles", sample, awa, null, null).id();

		var steps = new BrowserSteps(browser, port);
		((ChromiumDriver) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
		steps.logIn(email);
		var pages = new java.util.ArrayList<String>();
		for (int page = 1; page <= (payloads.size() + Discussions.PAGE_SIZE - 1) / Discussions.PAGE_SIZE; page++) {
			pages.add("/threads/" + thread + "?page=" + page);
		}
		pages.add("/g/" + slug + "/discussion/search?q=alert");
		pages.add("/g/" + slug + "/wiki/charges-utiles");
		pages.add("/resources/" + resource);
		for (String path : pages) {
			steps.open(path);
			assertThat(steps.text()).as(path).contains("Charges utiles");
			assertThat(active()).as("active markup on %s", path).isEmpty();
		}
		((JavascriptExecutor) browser.driver()).executeScript("""
				alert('XSS');
				document.querySelector('main').insertAdjacentHTML('beforeend', '<a href="javascript:void(0)" onclick="void 0">x</a>');""");
		assertThat(active()).as("the checks themselves see what runs").containsExactlyInAnyOrder("a onclick", "a href=javascript:void(0)",
				"alert:XSS");
	}

	@SuppressWarnings("unchecked")
	private List<String> active() {
		return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(ACTIVE_MARKUP);
	}
}
