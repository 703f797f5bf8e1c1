package dev.lmiadvisor.knowledge.text;

import dev.lmiadvisor.knowledge.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
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
public final class Analyzers {

  private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);

  public Analyzers() {
    analyzers.put(Language.EN, new EnglishAnalyzer());
    analyzers.put(Language.ZH, new SmartChineseAnalyzer());
    analyzers.put(Language.VI, new VietnameseAnalyzer());
  }

  /** The analyzer for indexing and searching reference text. */
  public Analyzer forLanguage(Language language) {
    return analyzers.get(language);
  }

  /** The analyzed terms of a text for searching, in order. */
  public List<String> terms(Language language, String text) {
    return terms(forLanguage(language), text);
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
