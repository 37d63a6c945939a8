package club.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;

import club.access.Access;
import club.access.GroupRole;
import club.directory.GroupDirectory;
import club.platform.mail.MailDelivery;
import club.support.ClubTest;
import club.support.MutableClock;
import club.support.TestMembers;
import club.support.Visitor;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Projects' mails over real SMTP (GreenMail): asking for news reaches every carrier, and a
 * graduated project's followers get an invitation whose link makes them members in one click.
 */
@ClubTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
class ProjectMailTests {

	private static final Pattern INVITATION = Pattern.compile("http://club\\.test(/invitations/[A-Za-z0-9_-]+)");

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	MailDelivery delivery;

	@Autowired
	TestMembers members;

	@Autowired
	MutableClock clock;

	@Autowired
	GroupDirectory directory;

	@Autowired
	Access access;

	@BeforeEach
	void sendWhatEarlierTestsLeft() {
		while (delivery.deliverDue() > 0) {
			// other test classes share the database and left mails in the outbox
		}
		smtp.reset();
	}

	Visitor memberOf(String slug, String name, String ip) {
		var member = members.member(name, ip);
		access.addMember(directory.find(slug).orElseThrow().id(), members.accountId(member.email()), clock.instant());
		return member;
	}

	@Test
	void askingForNewsReachesEveryCarrier() throws Exception {
		var admin = members.member("Awa", "10.152.1.1");
		String slug = ProjectTests.group(admin);
		var camille = memberOf(slug, "Camille", "10.152.1.2");
		var moussa = memberOf(slug, "Moussa", "10.152.1.3");
		var zoe = memberOf(slug, "Zoé", "10.152.1.4");
		long id = ProjectTests.propose(camille, slug, "Astronomie sensorielle");
		camille.post("/projects/" + id + "/carriers", "carrier", Long.toString(members.accountId(moussa.email())));
		zoe.post("/projects/" + id + "/follow", "following", "true");
		delivery.deliverDue();
		smtp.reset();

		admin.post("/projects/" + id + "/ask");
		assertThat(delivery.deliverDue()).isEqualTo(2);

		List<MimeMessage> received = Arrays.asList(smtp.getReceivedMessages());
		assertThat(received).extracting(message -> message.getAllRecipients()[0].toString())
			.containsExactlyInAnyOrder(camille.email(), moussa.email());
		for (MimeMessage message : received) {
			assertThat(message.getSubject()).isEqualTo("Des nouvelles de « Astronomie sensorielle » ?");
			assertThat(text(message)).contains("Awa fait le point").contains("http://club.test/projects/" + id + "#update");
		}
	}

	@Test
	void aGraduatedProjectsCarriersAreAdminsAndItsFollowersJoinInOneClick() throws Exception {
		var admin = members.member("Awa", "10.152.2.1");
		String slug = ProjectTests.group(admin);
		var camille = memberOf(slug, "Camille", "10.152.2.2");
		var moussa = memberOf(slug, "Moussa", "10.152.2.3");
		var zoe = memberOf(slug, "Zoé", "10.152.2.4");
		long id = ProjectTests.propose(camille, slug, "Exolife");
		camille.post("/projects/" + id + "/carriers", "carrier", Long.toString(members.accountId(moussa.email())));
		// Who graduates it carries it too: made the new group's admin twice in one transaction.
		admin.post("/projects/" + id + "/carry");
		for (Visitor follower : List.of(zoe, camille, admin)) {
			follower.post("/projects/" + id + "/follow", "following", "true");
		}
		delivery.deliverDue();
		smtp.reset();

		String home = "exo-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(admin.post("/projects/" + id + "/graduate", "name", "Exolife", "slug", home, "tagline", "La vie ailleurs"))
			.hasRedirectedUrl("/projects/" + id);
		long groupId = directory.find(home).orElseThrow().id();
		for (Visitor carrier : List.of(camille, moussa, admin)) {
			assertThat(access.roles(groupId, members.accountId(carrier.email()))).as(carrier.email()).contains(GroupRole.ADMIN);
		}
		assertThat(access.isMember(groupId, members.accountId(zoe.email()))).isFalse();

		delivery.deliverDue();
		List<MimeMessage> received = Arrays.asList(smtp.getReceivedMessages());
		assertThat(received).as("carriers and who graduated it are members already: only Zoé is invited")
			.extracting(message -> message.getAllRecipients()[0].toString()).containsExactly(zoe.email());
		MimeMessage invitation = received.getFirst();
		assertThat(invitation.getSubject()).isEqualTo("« Exolife » devient un groupe : Exolife");
		String text = text(invitation);
		assertThat(text).contains("Awa vous invite à le rejoindre").contains("valable 14 jours");
		var link = INVITATION.matcher(text);
		assertThat(link.find()).as("invitation link in " + text).isTrue();

		assertThat(zoe.get(link.group(1))).hasStatusOk().bodyText().contains("Exolife");
		assertThat(zoe.post(link.group(1))).hasRedirectedUrl("/g/" + home);
		assertThat(access.isMember(groupId, members.accountId(zoe.email()))).isTrue();
		assertThat(access.roles(groupId, members.accountId(zoe.email()))).doesNotContain(GroupRole.ADMIN);
		assertThat(zoe.post(link.group(1))).as("the link works once").hasStatus(HttpStatus.GONE);
	}

	/** The plain-text part, decoded. */
	private static String text(Part part) throws Exception {
		if (part.getContent() instanceof Multipart multipart) {
			var text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(text(multipart.getBodyPart(i)));
			}
			return text.toString();
		}
		return part.isMimeType("text/plain") ? (String) part.getContent() : "";
	}
}
