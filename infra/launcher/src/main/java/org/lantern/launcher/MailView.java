package org.lantern.launcher;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** The caught mail as JSON for the portal's mail panel: newest first, plain text only. */
final class MailView {

	private MailView() {
	}

	static String json(List<MimeMessage> messages, int limit) {
		List<Map<String, Object>> view = new ArrayList<>();
		for (int i = messages.size() - 1; i >= 0 && view.size() < limit; i--) {
			MimeMessage message = messages.get(i);
			Map<String, Object> m = new LinkedHashMap<>();
			try {
				m.put("from", addresses(message.getFrom()));
				m.put("to", addresses(message.getAllRecipients()));
				m.put("subject", message.getSubject());
				m.put("date", message.getSentDate() == null ? null : message.getSentDate().toInstant().toString());
				m.put("text", text(message));
			}
			catch (MessagingException | IOException ex) {
				m.put("error", ex.toString());
			}
			view.add(m);
		}
		return Json.write(view);
	}

	private static List<String> addresses(Address[] addresses) {
		return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
	}

	/** The text/plain part, else the HTML part with its tags stripped. */
	static String text(Part part) throws MessagingException, IOException {
		String plain = find(part, "text/plain");
		if (plain != null) {
			return plain;
		}
		String html = find(part, "text/html");
		return html == null ? "" : html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
			.replaceAll("(?i)<br\\s*/?>|</p>|</tr>|</h\\d>|</li>", "\n")
			.replaceAll("<[^>]+>", "")
			.replaceAll("[ \\t]+", " ")
			.replaceAll("\\n\\s*\\n+", "\n\n")
			.strip();
	}

	private static String find(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			Object content = part.getContent();
			return content instanceof String s ? s : null;
		}
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String found = find(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
