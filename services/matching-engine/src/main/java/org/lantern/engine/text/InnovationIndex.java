package org.lantern.engine.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.DoubleStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * An in-memory Lucene index of innovation texts, searched with BM25. Built once per catalogue version and then only
 * read, so concurrent searches are safe. Beside the Lucene fields it keeps each innovation's analysed terms and
 * concepts, which the matcher needs to judge how much of a need an innovation covers.
 */
public final class InnovationIndex {

	static final String TEXT = "text", CONCEPTS = "concepts", ORDINAL = "ordinal";

	private static final String FIELD_BREAK = " . ";

	/** BM25 needs term frequencies, never positions: leaving them out makes postings smaller and reads cheaper. */
	private static final FieldType FREQS_ONLY = new FieldType();

	static {
		FREQS_ONLY.setTokenized(true);
		FREQS_ONLY.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		FREQS_ONLY.freeze();
	}

	/** BM25's k1: Lucene's default, kept explicit because the relevance normalisation depends on it. */
	private static final float K1 = 1.2f;

	/** The texts of one innovation, by field. */
	public record Text(String title, List<String> keywords, String summary, String evaluation) {
	}

	/** Field weights for the BM25 query. */
	public record Boosts(double title, double keywords, double summary, double evaluation, double concept,
			double relatedConcept) {
	}

	/** One candidate: its position in the catalogue and its BM25 score. */
	public record Hit(int ordinal, double bm25) {
	}

	private final TextPipeline pipeline;

	private final IndexSearcher searcher;

	private final DirectoryReader reader;

	private static final BitSet NONE = new BitSet();

	private final List<Set<String>> concepts;

	/** Which innovations use each word and each concept: coverage is computed on these, not per innovation. */
	private final Map<String, BitSet> termDocs;

	private final Map<String, BitSet> conceptDocs;

	private final int size;

	/** Lucene document id to catalogue position, read once: per-hit doc-values lookups allocated heavily. */
	private final int[] ordinalByDoc;

	private InnovationIndex(TextPipeline pipeline, DirectoryReader reader, List<Set<String>> concepts,
			Map<String, BitSet> termDocs, Map<String, BitSet> conceptDocs) {
		this.pipeline = pipeline;
		this.reader = reader;
		this.searcher = new IndexSearcher(reader);
		this.searcher.setSimilarity(new BM25Similarity(K1, 0.75f));
		this.concepts = concepts;
		this.termDocs = termDocs;
		this.conceptDocs = conceptDocs;
		this.size = concepts.size();
		this.ordinalByDoc = ordinals(reader);
	}

	/**
	 * One searchable text per innovation in which each field appears as many times as its (whole-number) weight.
	 * A single field keeps a query to one posting list per word, four times faster than a per-field disjunction at
	 * thousands of innovations, while BM25's saturation still rewards a word in the title over one in passing.
	 */
	private static String weightedText(Text text, String keywords, Boosts boosts) {
		StringBuilder out = new StringBuilder();
		appendTimes(out, text.title(), boosts.title());
		appendTimes(out, keywords, boosts.keywords());
		appendTimes(out, text.summary(), boosts.summary());
		appendTimes(out, text.evaluation(), boosts.evaluation());
		return out.toString();
	}

	private static void appendTimes(StringBuilder out, String field, double weight) {
		long times = Math.max(field.isBlank() ? 0 : 1, Math.round(weight));
		for (int i = 0; i < times; i++) {
			out.append(field).append(FIELD_BREAK);
		}
	}

	public static InnovationIndex build(TextPipeline pipeline, List<Text> texts, Boosts boosts) {
		Analyzer english = pipeline.analysis().analyzer();
		Analyzer perField = new PerFieldAnalyzerWrapper(english, Map.of(CONCEPTS, new WhitespaceAnalyzer()));
		// Each index file as one byte array: the default list of small buffers made every term lookup copy slices,
		// which was most of the garbage (and a fifth of the time) at thousands of innovations.
		ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
				ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
		List<Set<String>> concepts = new ArrayList<>(texts.size());
		Map<String, BitSet> termDocs = new HashMap<>();
		Map<String, BitSet> conceptDocs = new HashMap<>();
		IndexWriterConfig config = new IndexWriterConfig(perField).setSimilarity(new BM25Similarity(K1, 0.75f))
			.setRAMBufferSizeMB(64);
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			for (int ord = 0; ord < texts.size(); ord++) {
				Text text = texts.get(ord);
				String keywords = String.join(FIELD_BREAK, text.keywords());
				List<String> tokens = pipeline.analysis()
					.tokens(String.join(FIELD_BREAK, text.title(), keywords, text.summary(), text.evaluation()));
				Map<String, BitSet> found = pipeline.tagger().tag(tokens);
				StringBuilder conceptField = new StringBuilder();
				found.forEach((concept, positions) -> {
					// Term frequency of the concept follows how often the text speaks of it.
					for (int i = 0; i < Math.max(1, Math.min(3, positions.cardinality() / 2)); i++) {
						conceptField.append(concept).append(' ');
					}
				});
				int ordinal = ord;
				Set<String> docConcepts = Set.copyOf(found.keySet());
				concepts.add(docConcepts);
				tokens.forEach(t -> termDocs.computeIfAbsent(t, k -> new BitSet()).set(ordinal));
				docConcepts.forEach(c -> conceptDocs.computeIfAbsent(c, k -> new BitSet()).set(ordinal));
				Document doc = new Document();
				doc.add(new Field(TEXT, weightedText(text, keywords, boosts), FREQS_ONLY));
				doc.add(new Field(CONCEPTS, conceptField.toString(), FREQS_ONLY));
				doc.add(new NumericDocValuesField(ORDINAL, ord));
				writer.addDocument(doc);
			}
			writer.commit();
			return new InnovationIndex(pipeline, DirectoryReader.open(directory), List.copyOf(concepts),
					Collections.unmodifiableMap(termDocs), Collections.unmodifiableMap(conceptDocs));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int[] ordinals(DirectoryReader reader) {
		int[] out = new int[reader.maxDoc()];
		try {
			for (LeafReaderContext leaf : reader.leaves()) {
				NumericDocValues values = leaf.reader().getNumericDocValues(ORDINAL);
				for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
					out[leaf.docBase + doc] = (int) values.longValue();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

	public int size() {
		return size;
	}

	/** The innovations (by ordinal) whose text uses the word; read-only. */
	public BitSet docsWithTerm(String term) {
		return termDocs.getOrDefault(term, NONE);
	}

	/** The innovations (by ordinal) whose text speaks of the concept; read-only. */
	public BitSet docsWithConcept(String concept) {
		return conceptDocs.getOrDefault(concept, NONE);
	}

	public Set<String> conceptsOf(int ordinal) {
		return concepts.get(ordinal);
	}

	/** Inverse document frequency as BM25 computes it; a term no innovation uses counts as if one did. */
	public double termIdf(String term) {
		return idf(Math.max(1, docsWithTerm(term).cardinality()));
	}

	public double conceptIdf(String concept) {
		return idf(Math.max(1, docsWithConcept(concept).cardinality()));
	}

	private double idf(int df) {
		return Math.log(1 + (size - df + 0.5) / (df + 0.5));
	}

	/**
	 * BM25 over the fields and concepts, together with the score an innovation would get by matching every part of
	 * the query once in a text of average length; their ratio is a text match on a 0..1 scale comparable across
	 * requests.
	 */
	public List<Hit> search(QueryText query, Boosts boosts, int limit) {
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		for (String term : query.contentTerms().keySet()) {
			builder.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
		}
		// Related concepts are left to coverage: as query clauses they doubled the cost of a search for little gain.
		for (String concept : query.concepts().keySet()) {
			builder.add(boost(new TermQuery(new Term(CONCEPTS, concept)), boosts.concept()), BooleanClause.Occur.SHOULD);
		}
		try {
			TopDocs top = searcher.search(builder.build(), Math.max(1, limit));
			List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
			for (ScoreDoc sd : top.scoreDocs) {
				hits.add(new Hit(ordinalByDoc[sd.doc], sd.score));
			}
			return hits;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The BM25 score of matching each query part once, at average length: the scale for {@link #search}. Only the
	 * {@code informativeWords} rarest words count, so a need told at length is not held to a higher bar than the same
	 * need told briefly.
	 */
	public double idealScore(QueryText query, Boosts boosts, int informativeWords) {
		double saturation = 1 / (1 + K1);
		// A word that appears in the title and keywords appears as often as their weights say.
		double tf = Math.max(1, Math.round(boosts.title()) + Math.round(boosts.keywords()));
		double ideal = 0;
		for (double idf : rarest(query.contentTerms().keySet().stream().mapToDouble(this::termIdf), informativeWords)) {
			ideal += idf * tf / (tf + K1);
		}
		for (String concept : query.concepts().keySet()) {
			ideal += boosts.concept() * conceptIdf(concept) * saturation;
		}
		return ideal;
	}

	/** The largest {@code n} of these weights (all of them when there are fewer). */
	public static double[] rarest(DoubleStream weights, int n) {
		double[] sorted = weights.sorted().toArray();
		return Arrays.copyOfRange(sorted, Math.max(0, sorted.length - n), sorted.length);
	}

	private static Query boost(Query query, double boost) {
		return new BoostQuery(query, (float) boost);
	}
}
