package dev.lmiadvisor.bench;

import dev.lmiadvisor.knowledge.KnowledgeService;
import dev.lmiadvisor.knowledge.Reference;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Top-1 routing accuracy of the product's router against a plain BM25 baseline over the same
 * references: one Lucene index of every section in both languages with the StandardAnalyzer, no
 * curated vocabulary, no per-language analysis; a question goes to the reference of its best
 * section.
 *
 * <p>Usage: {@code java -cp bench.jar dev.lmiadvisor.bench.RoutingQuality questions.tsv ...}
 */
public final class RoutingQuality {

  record Labeled(String expected, String language, String question) {}

  public static void main(String[] args) throws IOException {
    KnowledgeService knowledge = KnowledgeService.load();
    PlainBm25 baseline = new PlainBm25(knowledge.library().all());
    System.out.println("| set | questions | LMI Advisor router | plain BM25 baseline |");
    System.out.println("|---|---|---|---|");
    for (String file : args) {
      List<Labeled> questions = read(Path.of(file));
      Map<String, int[]> byLanguage = new TreeMap<>();
      int ours = 0;
      int plain = 0;
      for (Labeled q : questions) {
        boolean oursRight = knowledge.route(q.question()).reference().id().equals(q.expected());
        boolean plainRight = q.expected().equals(baseline.route(q.question()));
        ours += oursRight ? 1 : 0;
        plain += plainRight ? 1 : 0;
        int[] counts = byLanguage.computeIfAbsent(q.language(), k -> new int[3]);
        counts[0]++;
        counts[1] += oursRight ? 1 : 0;
        counts[2] += plainRight ? 1 : 0;
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %s | %s |%n",
          Path.of(file).getFileName(),
          questions.size(),
          pct(ours, questions.size()),
          pct(plain, questions.size()));
      for (var entry : byLanguage.entrySet()) {
        int[] c = entry.getValue();
        System.out.printf(
            Locale.ROOT,
            "| %s, %s only | %d | %s | %s |%n",
            Path.of(file).getFileName(),
            entry.getKey(),
            c[0],
            pct(c[1], c[0]),
            pct(c[2], c[0]));
      }
    }
  }

  private static String pct(int right, int total) {
    return "%.1f %% (%d/%d)".formatted(100.0 * right / total, right, total);
  }

  static List<Labeled> read(Path file) throws IOException {
    List<Labeled> questions = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        String[] f = line.split("\t");
        questions.add(new Labeled(f[0], f[1], f[2]));
      }
    }
    return questions;
  }

  /** The baseline: BM25 with the StandardAnalyzer over every section, best section wins. */
  static final class PlainBm25 {
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final IndexSearcher searcher;

    PlainBm25(List<Reference> references) throws IOException {
      ByteBuffersDirectory directory = new ByteBuffersDirectory();
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (Reference reference : references) {
          for (Section section : reference.sections()) {
            Document doc = new Document();
            doc.add(new StringField("reference", reference.id().id(), Field.Store.YES));
            doc.add(
                new TextField("body", section.heading() + "\n" + section.text(), Field.Store.NO));
            writer.addDocument(doc);
          }
        }
      }
      searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    String route(String question) throws IOException {
      Query query =
          new QueryBuilder(analyzer)
              .createBooleanQuery("body", question, BooleanClause.Occur.SHOULD);
      if (query == null) {
        return ReferenceId.CONFIGURATION_GUIDE.id();
      }
      ScoreDoc[] hits = searcher.search(query, 1).scoreDocs;
      return hits.length == 0
          ? ReferenceId.CONFIGURATION_GUIDE.id()
          : searcher.storedFields().document(hits[0].doc).get("reference");
    }
  }
}
