package dev.lmiadvisor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * Lucene BM25 indexes of the reference sections, one per language the references are written in,
 * each analyzed by that language's analyzer. One index per language keeps every document's length
 * norm in one dense field and needs no language filter at query time: routing runs on every call.
 */
final class SectionIndex {

  /** One scored section. */
  record Hit(ReferenceId reference, Language language, String sectionId, float score) {}

  private static final String REFERENCE = "reference";
  private static final String ORDINAL = "ordinal";
  private static final String BODY = "body";

  /** One language's index, and where its documents point. */
  private record LanguageIndex(IndexSearcher searcher, List<Hit> sections, int[] ordinalByDoc) {}

  private final Analyzers analyzers;
  private final Map<Language, LanguageIndex> indexes = new EnumMap<>(Language.class);

  SectionIndex(ReferenceLibrary library, Analyzers analyzers) {
    this(
        library,
        analyzers,
        PrebuiltIndex.load(library.fingerprint()).orElseGet(() -> build(library, analyzers)));
  }

  SectionIndex(
      ReferenceLibrary library,
      Analyzers analyzers,
      Map<Language, ? extends Directory> directories) {
    this.analyzers = analyzers;
    for (Language language : written()) {
      // Documents were added in this same order, so ordinal i is the i-th section here.
      List<Hit> sections = new ArrayList<>();
      for (Reference reference : references(library, language)) {
        for (Section section : reference.sections()) {
          sections.add(new Hit(reference.id(), language, section.id(), 0f));
        }
      }
      indexes.put(language, open(directories.get(language), sections));
    }
  }

  private static LanguageIndex open(Directory directory, List<Hit> sections) {
    try {
      DirectoryReader reader = DirectoryReader.open(directory);
      int[] ordinalByDoc = new int[reader.maxDoc()];
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues ordinals = leaf.reader().getNumericDocValues(ORDINAL);
        for (int doc = ordinals.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = ordinals.nextDoc()) {
          ordinalByDoc[leaf.docBase + doc] = (int) ordinals.longValue();
        }
      }
      if (ordinalByDoc.length != sections.size()) {
        throw new IllegalStateException(
            "section index holds %d documents for %d sections"
                .formatted(ordinalByDoc.length, sections.size()));
      }
      return new LanguageIndex(new IndexSearcher(reader), List.copyOf(sections), ordinalByDoc);
    } catch (IOException e) {
      throw new UncheckedIOException("opening the section index failed", e);
    }
  }

  /** The languages that have reference text, hence an index. */
  static List<Language> written() {
    return java.util.Arrays.stream(Language.values()).filter(Language::hasReferenceText).toList();
  }

  private static List<Reference> references(ReferenceLibrary library, Language language) {
    return library.all().stream().filter(r -> r.language() == language).toList();
  }

  /** Builds the indexes in memory, as at package time ({@link IndexBuilder}) or when stale. */
  static Map<Language, ByteBuffersDirectory> build(ReferenceLibrary library, Analyzers analyzers) {
    Map<Language, ByteBuffersDirectory> directories = new EnumMap<>(Language.class);
    for (Language language : written()) {
      ByteBuffersDirectory directory = new ByteBuffersDirectory();
      write(library, analyzers, language, directory);
      directories.put(language, directory);
    }
    return directories;
  }

  static void write(
      ReferenceLibrary library, Analyzers analyzers, Language language, Directory directory) {
    IndexWriterConfig config = new IndexWriterConfig(analyzers.forLanguage(language));
    config.setUseCompoundFile(true);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      int ordinal = 0;
      for (Reference reference : references(library, language)) {
        for (Section section : reference.sections()) {
          Document doc = new Document();
          doc.add(new StringField(REFERENCE, reference.id().id(), Field.Store.NO));
          doc.add(new NumericDocValuesField(ORDINAL, ordinal++));
          // The heading names the section's topic; counting it twice weighs it above a passing
          // mention.
          String text = section.heading() + "\n" + section.heading() + "\n" + section.text();
          doc.add(new TextField(BODY, text, Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      // One segment, written once: ordinals and doc ids stay in insertion order.
      writer.forceMerge(1);
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("building the section index failed", e);
    }
  }

  /**
   * The best sections for a text in the given reference language, optionally within one reference.
   */
  List<Hit> search(Language language, String text, Optional<ReferenceId> within, int limit) {
    LanguageIndex index = indexes.get(language.referenceLanguage());
    Query terms =
        new QueryBuilder(analyzers.forLanguage(language.referenceLanguage()))
            .createBooleanQuery(BODY, text, Occur.SHOULD);
    if (terms == null) {
      return List.of();
    }
    Query query = terms;
    if (within.isPresent()) {
      query =
          new BooleanQuery.Builder()
              .add(terms, Occur.MUST)
              .add(new TermQuery(new Term(REFERENCE, within.get().id())), Occur.FILTER)
              .build();
    }
    try {
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc scoreDoc : index.searcher().search(query, limit).scoreDocs) {
        Hit section = index.sections().get(index.ordinalByDoc()[scoreDoc.doc]);
        hits.add(
            new Hit(section.reference(), section.language(), section.sectionId(), scoreDoc.score));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("searching the in-memory section index failed", e);
    }
  }
}
