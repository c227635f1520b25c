package org.lantern.shared.events;

/** Who to write to at a council about a learning request or an innovation. */
public record Contact(String name, String email) {
}
