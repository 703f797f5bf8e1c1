package dev.lmiadvisor.bench;

import dev.lmiadvisor.knowledge.KnowledgeService;
import dev.lmiadvisor.knowledge.Reference;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.Section;
import dev.lmiadvisor.knowledge.model.BankQuestion;
import dev.lmiadvisor.knowledge.model.Evaluation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The knowledge service's figures on labelled question sets: routing (overall, per language, on
 * boundary questions), off-topic detection both ways, whether the first passage (and the first
 * three) carry the answer, and the calibration error, with a plain BM25 baseline's routing beside
 * them (one Lucene index of every section in both languages with the StandardAnalyzer; a question
 * goes to the reference of its best section).
 *
 * <p>Sets are the bank's JSON Lines files ({@code knowledge/bank/test.jsonl}, an independent
 * held-out file in the same format) or the older tab-separated sets (reference, language,
 * question).
 *
 * <p>Usage: {@code java -cp bench.jar dev.lmiadvisor.bench.RoutingQuality set...}
 */
public final class RoutingQuality {

  public static void main(String[] args) throws IOException {
    KnowledgeService knowledge = KnowledgeService.load();
    PlainBm25 baseline = new PlainBm25(knowledge.library().all());
    System.out.println(
        "| set | questions | routing | en | zh | vi | boundary | off-topic flagged | LMI flagged"
            + " | answer first | answer in top 3 | ECE | plain BM25 routing |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (String file : args) {
      List<BankQuestion> questions = read(Path.of(file));
      Evaluation.Report r = Evaluation.of(knowledge, questions);
      int plain = 0;
      int onTopic = 0;
      for (BankQuestion q : questions) {
        if (q.onTopic()) {
          onTopic++;
          plain += q.reference().equals(baseline.route(q.question())) ? 1 : 0;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %.3f | %s |%n",
          Path.of(file).getFileName(),
          questions.size(),
          r.routing(),
          r.byLanguage().getOrDefault("en", new Evaluation.Rate(0, 0)),
          r.byLanguage().getOrDefault("zh", new Evaluation.Rate(0, 0)),
          r.byLanguage().getOrDefault("vi", new Evaluation.Rate(0, 0)),
          r.boundary(),
          r.offTopicFlagged(),
          r.onTopicFlagged(),
          r.answerFirst(),
          r.answerTop3(),
          r.calibrationError(),
          new Evaluation.Rate(plain, onTopic));
      if (System.getenv("ROUTING_MISSES") != null) {
        r.misses().forEach(m -> System.out.println("    miss: " + m));
      }
    }
  }

  static List<BankQuestion> read(Path file) throws IOException {
    if (file.toString().endsWith(".jsonl")) {
      return BankQuestion.read(file);
    }
    List<BankQuestion> questions = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        String[] f = line.split("\t");
        questions.add(new BankQuestion(f[2], f[1], f[0], null, null, null));
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
