package dev.lmiadvisor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * One Lucene analyzer per language: English with Porter stemming and stop words, Chinese with the
 * smartcn word segmenter (which also stems the English words inside Chinese text), and Vietnamese
 * with diacritic folding so that "chi phí" and "chi phi" are the same words.
 */
final class Analyzers {

  private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);

  /**
   * English without stop words, for matching intent phrases: the stop list holds "not", so the
   * standard analyzer would turn "not working" into "work".
   */
  private final Analyzer englishKeepingStopWords = new EnglishAnalyzer(CharArraySet.EMPTY_SET);

  Analyzers() {
    analyzers.put(Language.EN, new EnglishAnalyzer());
    analyzers.put(Language.ZH, new SmartChineseAnalyzer());
    analyzers.put(Language.VI, new VietnameseAnalyzer());
  }

  /** The analyzer for indexing and searching reference text. */
  Analyzer forLanguage(Language language) {
    return analyzers.get(language);
  }

  /** The analyzed terms of a text for searching, in order. */
  List<String> terms(Language language, String text) {
    return terms(forLanguage(language), text);
  }

  /** The analyzed terms of a text for intent-phrase matching, in order; keeps stop words. */
  List<String> intentTerms(Language language, String text) {
    return terms(language == Language.EN ? englishKeepingStopWords : forLanguage(language), text);
  }

  private static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return terms;
  }

  private static final class VietnameseAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new LowerCaseFilter(source);
      result = new ASCIIFoldingFilter(result);
      return new TokenStreamComponents(source, result);
    }
  }
}
