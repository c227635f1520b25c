package org.lantern.launcher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * GreenMail as the mail server of the local stack: SMTP and IMAP, one documented account the services send with,
 * and nothing ever leaves the machine.
 * <p>
 * Every recipient gets a mailbox of their own, created on first delivery (GreenMail's default: IMAP login and
 * password are the address itself), and a copy of every message also lands in the {@value Layout#MAIL_USER}
 * inbox, so one IMAP login reads all the mail Lantern sent, whoever it was addressed to.
 */
final class EmbeddedMail implements AutoCloseable {

	private final GreenMail greenMail;

	private final GreenMailUser catchAll;

	private final int smtpPort;

	private final int imapPort;

	private EmbeddedMail(GreenMail greenMail, GreenMailUser catchAll, int smtpPort, int imapPort) {
		this.greenMail = greenMail;
		this.catchAll = catchAll;
		this.smtpPort = smtpPort;
		this.imapPort = imapPort;
	}

	static EmbeddedMail start(String host, int smtpPort, int imapPort, String user, String password) {
		GreenMail greenMail = new GreenMail(
				new ServerSetup[] { new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP),
						new ServerSetup(imapPort, host, ServerSetup.PROTOCOL_IMAP) });
		greenMail.withConfiguration(GreenMailConfiguration.aConfig().withUser(user, user, password));
		greenMail.start();
		UserManager users = greenMail.getUserManager();
		GreenMailUser catchAll = users.getUserByEmail(user);
		MessageDeliveryHandler perRecipient = users.getMessageDeliveryHandler();
		Set<String> copied = Collections.newSetFromMap(new LinkedHashMap<>() {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
				return size() > 10_000;
			}
		});
		users.setMessageDeliveryHandler((message, address) -> {
			GreenMailUser recipient = perRecipient.handle(message, address);
			if (!recipient.getEmail().equalsIgnoreCase(catchAll.getEmail())) {
				String id = message.getMessage().getMessageID();
				boolean first;
				synchronized (copied) {
					first = id == null || copied.add(id);
				}
				if (first) {
					catchAll.deliver(message);
				}
			}
			return recipient;
		});
		return new EmbeddedMail(greenMail, catchAll, greenMail.getSmtp().getPort(), imapPort);
	}

	int smtpPort() {
		return smtpPort;
	}

	int imapPort() {
		return imapPort;
	}

	/** The messages in the catch-all inbox, oldest first. */
	List<MimeMessage> allMail() {
		try {
			List<MimeMessage> messages = new ArrayList<>();
			for (StoredMessage stored : greenMail.getManagers().getImapHostManager().getInbox(catchAll).getMessages()) {
				messages.add(stored.getMimeMessage());
			}
			return messages;
		}
		catch (FolderException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		greenMail.stop();
	}
}
