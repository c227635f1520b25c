package org.lantern.engine.text;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * A learning request's need, analysed: its tokens, the vocabulary concepts found in them (with the positions each
 * covers) and the content terms that carry the need once generic request wording ("we want to learn how") is set
 * aside.
 */
public record QueryText(List<String> tokens, Map<String, BitSet> concepts, Map<String, BitSet> contentTerms) {

	public boolean isEmpty() {
		return contentTerms.isEmpty() && concepts.isEmpty();
	}
}
