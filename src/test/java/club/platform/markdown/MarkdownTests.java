package club.platform.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

class MarkdownTests {

	final Markdown markdown = new Markdown();

	static final List<String> PAYLOADS = List.of(
			"<script>alert(1)</script>",
			"<img src=x onerror=alert(1)>",
			"<svg onload=alert(1)>",
			"<iframe src=javascript:alert(1)>",
			"<a href=\"javascript:alert(1)\">x</a>",
			"[x](javascript:alert(1))",
			"[x](JaVaScRiPt:alert(1))",
			"[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
			"![x](javascript:alert(1))",
			"<body onload=alert(1)>",
			"<div style=\"background:url(javascript:alert(1))\">x</div>",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
			"<a href=\"&#106;avascript:alert(1)\">x</a>",
			"[x](&#106;avascript:alert(1))",
			"<object data=\"javascript:alert(1)\">",
			"<embed src=javascript:alert(1)>",
			"<form action=javascript:alert(1)><button>x</button></form>",
			"<input autofocus onfocus=alert(1)>",
			"<details open ontoggle=alert(1)>",
			"<video><source onerror=alert(1)>",
			"<base href=\"javascript:/\">",
			"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
			"<link rel=stylesheet href=javascript:alert(1)>",
			"`<script>`alert(1)`</script>`",
			"<<script>script>alert(1)<</script>/script>",
			"<scr<script>ipt>alert(1)</script>",
			"\"><script>alert(1)</script>",
			"<a href=\"vbscript:msgbox(1)\">x</a>",
			"<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
			"<marquee onstart=alert(1)>",
			"<table background=\"javascript:alert(1)\">",
			"<a href=x onmouseover=alert(1)>x</a>",
			"[x](https://example.org \"title\" onmouseover=alert(1))",
			"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
			"<template><script>alert(1)</script></template>");

	@ParameterizedTest
	@FieldSource("PAYLOADS")
	void userMarkdownNeverCarriesScript(String payload) {
		String html = markdown.render("Avant " + payload + " après").html().toLowerCase();
		// Escaped text such as "&lt;script&gt;" is inert; what must never appear is an active tag or attribute.
		assertThat(html).doesNotContainPattern("<(script|iframe|svg|math|object|embed|form|input|style|meta|base|link|body|video)\\b")
			.doesNotContainPattern("<[^>]*(javascript|vbscript|data):")
			.doesNotContainPattern("<[^>]+\\son[a-z]+\\s*=")
			.doesNotContainPattern("<[^>]+\\sstyle\\s*=");
	}

	@Test
	void ordinaryMarkdownIsKept() {
		String html = markdown.render("# Titre\n\nDu **gras**, un [lien](https://coop-group.org) et\n\n- une liste\n\n`code`").html();
		assertThat(html).contains("<h1>Titre</h1>", "<strong>gras</strong>", "<li>une liste</li>", "<code>code</code>")
			.contains("href=\"https://coop-group.org\"").contains("rel=\"nofollow noopener ugc\"");
	}

	@Test
	void bareLinksBecomeLinks() {
		assertThat(markdown.render("voir https://coop-group.org/cyou1").html()).contains("<a href=\"https://coop-group.org/cyou1\"");
	}
}
