package org.lantern.notification.mail;

import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.stereotype.Component;

/**
 * Renders {@code templates/mail/NAME.html} and {@code NAME.txt} with Thymeleaf. The HTML template escapes every
 * value; the text template prints them as they are. The subject is the text template's first line.
 */
@Component
public class MailTemplates {

	private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

	private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

	public RenderedMail render(String name, Map<String, Object> model) {
		Context context = new Context(java.util.Locale.UK, model);
		String renderedText = text.process(name, context).strip();
		int firstLineEnd = renderedText.indexOf('\n');
		String subject = renderedText.substring(0, firstLineEnd < 0 ? renderedText.length() : firstLineEnd)
			.replaceFirst("^Subject:\\s*", "");
		String body = firstLineEnd < 0 ? "" : renderedText.substring(firstLineEnd + 1).strip() + "\n";
		// One line, whatever a council typed into a title: nothing can be added to the mail's headers.
		subject = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
		return new RenderedMail(subject, body, html.process(name, context));
	}

	private static TemplateEngine engine(TemplateMode mode, String suffix) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		TemplateEngine engine = new TemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}
}
