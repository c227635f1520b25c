package org.lantern.notification.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender of every Lantern email
 * @param portalUrl where the emails send people to act
 * @param gatheringApiUrl the gathering service's API, for hosts and attendees who answer by a direct call
 * @param dispatchInterval how often queued mail is (re)tried
 * @param firstRetryDelay wait after a first failure; doubled on each further failure
 * @param maxRetryDelay the longest wait between attempts: mail is never given up on
 */
@ConfigurationProperties("lantern.mail")
public record MailProperties(@DefaultValue("Lantern <lantern@lantern.localhost>") String from,
		@DefaultValue("http://localhost:8080") String portalUrl,
		@DefaultValue("http://localhost:8085") String gatheringApiUrl, @DefaultValue("500ms") Duration dispatchInterval,
		@DefaultValue("2s") Duration firstRetryDelay, @DefaultValue("10m") Duration maxRetryDelay) {
}
