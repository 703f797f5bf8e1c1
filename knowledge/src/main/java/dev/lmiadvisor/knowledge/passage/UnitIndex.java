package dev.lmiadvisor.knowledge.passage;

import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.Reference;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.ReferenceLibrary;
import dev.lmiadvisor.knowledge.text.Analyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * Lucene BM25 indexes of the passage units, one per language the references are written in, each
 * analysed by that language's analyzer. BM25 is one of the passage ranker's inputs: it finds the
 * unit that shares the question's rarer words.
 */
public final class UnitIndex {

  private static final String REFERENCE = "reference";
  private static final String ORDINAL = "ordinal";
  private static final String BODY = "body";

  /** One language's index and its units, in document order. */
  private record LanguageIndex(
      IndexSearcher searcher,
      List<PassageUnit> units,
      int[] unitByDoc,
      Map<PassageUnit, Integer> ordinals,
      Map<ReferenceId, List<PassageUnit>> byReference) {}

  private final Analyzers analyzers;
  private final Map<Language, LanguageIndex> indexes = new EnumMap<>(Language.class);

  public UnitIndex(ReferenceLibrary library, Analyzers analyzers) {
    this(
        library,
        analyzers,
        PrebuiltIndex.load(library.fingerprint()).orElseGet(() -> build(library, analyzers)));
  }

  UnitIndex(
      ReferenceLibrary library,
      Analyzers analyzers,
      Map<Language, ? extends Directory> directories) {
    this.analyzers = analyzers;
    for (Language language : written()) {
      indexes.put(language, open(directories.get(language), units(library, language)));
    }
  }

  /** Every unit of every reference in one language, in document order. */
  static List<PassageUnit> units(ReferenceLibrary library, Language language) {
    List<PassageUnit> units = new ArrayList<>();
    for (Reference reference : references(library, language)) {
      units.addAll(PassageSplitter.split(reference));
    }
    return List.copyOf(units);
  }

  private static LanguageIndex open(Directory directory, List<PassageUnit> units) {
    try {
      DirectoryReader reader = DirectoryReader.open(directory);
      int[] unitByDoc = new int[reader.maxDoc()];
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues ordinals = leaf.reader().getNumericDocValues(ORDINAL);
        for (int doc = ordinals.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = ordinals.nextDoc()) {
          unitByDoc[leaf.docBase + doc] = (int) ordinals.longValue();
        }
      }
      if (unitByDoc.length != units.size()) {
        throw new IllegalStateException(
            "passage index holds %d documents for %d units"
                .formatted(unitByDoc.length, units.size()));
      }
      IndexSearcher searcher = new IndexSearcher(reader);
      // Every question is a new query: the query cache would only track each one's use (hashing
      // the whole query on every search) and never serve a hit.
      searcher.setQueryCache(null);
      Map<ReferenceId, List<PassageUnit>> byReference = new EnumMap<>(ReferenceId.class);
      for (ReferenceId id : ReferenceId.values()) {
        byReference.put(id, units.stream().filter(u -> u.reference() == id).toList());
      }
      Map<PassageUnit, Integer> ordinals = new java.util.HashMap<>();
      for (int i = 0; i < units.size(); i++) {
        ordinals.put(units.get(i), i);
      }
      return new LanguageIndex(searcher, units, unitByDoc, ordinals, byReference);
    } catch (IOException e) {
      throw new UncheckedIOException("opening the passage index failed", e);
    }
  }

  /** The languages that have reference text, hence an index. */
  static List<Language> written() {
    return Arrays.stream(Language.values()).filter(Language::hasReferenceText).toList();
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
      for (PassageUnit unit : units(library, language)) {
        Document doc = new Document();
        doc.add(new StringField(REFERENCE, unit.reference().id(), Field.Store.NO));
        doc.add(new NumericDocValuesField(ORDINAL, ordinal++));
        // The heading says what the unit is about even when the unit itself does not repeat it.
        doc.add(new TextField(BODY, unit.heading() + "\n" + unit.text(), Field.Store.NO));
        writer.addDocument(doc);
      }
      // One segment, written once: ordinals and doc ids stay in insertion order.
      writer.forceMerge(1);
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("building the passage index failed", e);
    }
  }

  /** A unit's position among all units of its language, stable while the references are. */
  public int ordinal(PassageUnit unit) {
    Integer ordinal = indexes.get(unit.language()).ordinals().get(unit);
    if (ordinal == null) {
      throw new IllegalArgumentException("not a unit of the references: " + unit.heading());
    }
    return ordinal;
  }

  /** The unit at a position given by {@link #ordinal}. */
  public PassageUnit unit(Language language, int ordinal) {
    return indexes.get(language.referenceLanguage()).units().get(ordinal);
  }

  /** How many units a reference language has. */
  public int unitCount(Language language) {
    return indexes.get(language.referenceLanguage()).units().size();
  }

  /** Every unit of one reference in the given reference language, in document order. */
  public List<PassageUnit> units(ReferenceId reference, Language language) {
    return indexes.get(language.referenceLanguage()).byReference().get(reference);
  }

  /**
   * The best BM25 score any unit of each reference reaches for a text: how much of the question's
   * wording each reference shares. One query over every reference.
   */
  public Map<ReferenceId, Float> bestByReference(Language language, String text) {
    LanguageIndex index = indexes.get(language.referenceLanguage());
    Query terms =
        new QueryBuilder(analyzers.forLanguage(language.referenceLanguage()))
            .createBooleanQuery(BODY, text, Occur.SHOULD);
    Map<ReferenceId, Float> best = new EnumMap<>(ReferenceId.class);
    if (terms == null) {
      return best;
    }
    try {
      for (ScoreDoc hit : index.searcher().search(terms, 200).scoreDocs) {
        best.merge(index.units().get(index.unitByDoc()[hit.doc]).reference(), hit.score, Math::max);
      }
      return best;
    } catch (IOException e) {
      throw new UncheckedIOException("searching the in-memory passage index failed", e);
    }
  }

  /** BM25 scores of one reference's units for a text, by unit; units without a match are absent. */
  public Map<PassageUnit, Float> scores(Language language, String text, ReferenceId within) {
    LanguageIndex index = indexes.get(language.referenceLanguage());
    Query terms =
        new QueryBuilder(analyzers.forLanguage(language.referenceLanguage()))
            .createBooleanQuery(BODY, text, Occur.SHOULD);
    Map<PassageUnit, Float> scores = new java.util.HashMap<>();
    if (terms == null) {
      return scores;
    }
    Query query =
        new BooleanQuery.Builder()
            .add(terms, Occur.MUST)
            .add(new TermQuery(new Term(REFERENCE, within.id())), Occur.FILTER)
            .build();
    try {
      for (ScoreDoc hit : index.searcher().search(query, 400).scoreDocs) {
        scores.put(index.units().get(index.unitByDoc()[hit.doc]), hit.score);
      }
      return scores;
    } catch (IOException e) {
      throw new UncheckedIOException("searching the in-memory passage index failed", e);
    }
  }
}
