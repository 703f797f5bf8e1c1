package dev.lmiadvisor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;

/**
 * A Lucene BM25 index with one document per reference section and language, each language's text in
 * its own field analyzed by that language's analyzer.
 */
final class SectionIndex {

  /** One scored section. */
  record Hit(ReferenceId reference, Language language, String sectionId, float score) {}

  private static final String REFERENCE = "reference";
  private static final String LANGUAGE = "language";

  private static final String ORDINAL = "ordinal";

  private final Analyzers analyzers;
  private final IndexSearcher searcher;

  /** The sections in the order they were indexed; a document's ordinal points here. */
  private final List<Hit> sections = new ArrayList<>();

  /** Ordinals by Lucene doc id, read once: routing must not decompress stored fields per hit. */
  private final int[] ordinalByDoc;

  SectionIndex(ReferenceLibrary library, Analyzers analyzers) {
    this(
        library,
        analyzers,
        PrebuiltIndex.load(library.fingerprint()).orElseGet(() -> build(library, analyzers)));
  }

  SectionIndex(ReferenceLibrary library, Analyzers analyzers, Directory directory) {
    this.analyzers = analyzers;
    // Documents were added in this same order, so ordinal i is the i-th section here.
    for (Reference reference : library.all()) {
      for (Section section : reference.sections()) {
        sections.add(new Hit(reference.id(), reference.language(), section.id(), 0f));
      }
    }
    try {
      DirectoryReader reader = DirectoryReader.open(directory);
      this.searcher = new IndexSearcher(reader);
      this.ordinalByDoc = new int[reader.maxDoc()];
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues ordinals = leaf.reader().getNumericDocValues(ORDINAL);
        for (int doc = ordinals.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = ordinals.nextDoc()) {
          ordinalByDoc[leaf.docBase + doc] = (int) ordinals.longValue();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("opening the section index failed", e);
    }
    if (ordinalByDoc.length != sections.size()) {
      throw new IllegalStateException(
          "section index holds %d documents for %d sections"
              .formatted(ordinalByDoc.length, sections.size()));
    }
  }

  /** Builds the index in memory, as at package time ({@link IndexBuilder}) or when it is stale. */
  static ByteBuffersDirectory build(ReferenceLibrary library, Analyzers analyzers) {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    write(library, analyzers, directory);
    return directory;
  }

  static void write(ReferenceLibrary library, Analyzers analyzers, Directory directory) {
    IndexWriterConfig config = new IndexWriterConfig(new PerFieldLanguageAnalyzer(analyzers));
    // One segment, written once: ordinals and doc ids stay in insertion order.
    config.setUseCompoundFile(true);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      int ordinal = 0;
      for (Reference reference : library.all()) {
        for (Section section : reference.sections()) {
          Document doc = new Document();
          doc.add(new StringField(REFERENCE, reference.id().id(), Field.Store.NO));
          doc.add(new StringField(LANGUAGE, reference.language().code(), Field.Store.NO));
          doc.add(new NumericDocValuesField(ORDINAL, ordinal++));
          // The heading names the section's topic; counting it twice weighs it above a passing
          // mention.
          String text = section.heading() + "\n" + section.heading() + "\n" + section.text();
          doc.add(new TextField(bodyField(reference.language()), text, Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      writer.forceMerge(1);
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("building the section index failed", e);
    }
  }

  static String bodyField(Language language) {
    return "body_" + language.code();
  }

  /**
   * The best sections for a text in the given reference language, optionally within one reference.
   */
  List<Hit> search(Language language, String text, Optional<ReferenceId> within, int limit) {
    Query terms =
        new QueryBuilder(analyzers.forLanguage(language))
            .createBooleanQuery(bodyField(language), text, Occur.SHOULD);
    if (terms == null) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(terms, Occur.MUST);
    query.add(new TermQuery(new Term(LANGUAGE, language.code())), Occur.FILTER);
    within.ifPresent(r -> query.add(new TermQuery(new Term(REFERENCE, r.id())), Occur.FILTER));
    try {
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc scoreDoc : searcher.search(query.build(), limit).scoreDocs) {
        Hit section = sections.get(ordinalByDoc[scoreDoc.doc]);
        hits.add(new Hit(section.reference(), language, section.sectionId(), scoreDoc.score));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("searching the in-memory section index failed", e);
    }
  }

  /** Routes each language's body field to that language's analyzer. */
  private static final class PerFieldLanguageAnalyzer
      extends org.apache.lucene.analysis.DelegatingAnalyzerWrapper {
    private final Analyzers analyzers;

    PerFieldLanguageAnalyzer(Analyzers analyzers) {
      super(PER_FIELD_REUSE_STRATEGY);
      this.analyzers = analyzers;
    }

    @Override
    protected org.apache.lucene.analysis.Analyzer getWrappedAnalyzer(String fieldName) {
      for (Language language : Language.values()) {
        if (fieldName.equals(bodyField(language))) {
          return analyzers.forLanguage(language);
        }
      }
      return analyzers.forLanguage(Language.EN);
    }
  }
}
