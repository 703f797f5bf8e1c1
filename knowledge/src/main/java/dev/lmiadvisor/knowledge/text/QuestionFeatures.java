package dev.lmiadvisor.knowledge.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.internal.hppc.IntFloatHashMap;
import org.apache.lucene.util.StringHelper;

/**
 * Turns a question into hashed word and character n-gram features, the input of every learned model
 * in this module.
 *
 * <p>Tokens come from Lucene's {@link StandardTokenizer} (Unicode word boundaries; each Han or kana
 * character is its own token). From them:
 *
 * <ul>
 *   <li>words, lower-cased and with diacritics folded, and camel-case and dotted parts of API names
 *       ({@code NoPublishedVersionException} → no, published, version, exception);
 *   <li>Vietnamese words and two-syllable compounds as written, so that "khởi tạo" (initialise) is
 *       not the same feature as "tạo" (create) when the question carries its diacritics, and
 *       folded, for questions typed without them;
 *   <li>pairs of neighbouring tokens (English phrases, Vietnamese compounds, Chinese words) and
 *       triples of Han characters;
 *   <li>character 3- to 5-grams of Latin words, for typos, inflections and unseen API names.
 * </ul>
 *
 * Feature names are hashed with MurmurHash3 into {@value #BITS} bits, so the vector needs no
 * vocabulary and is the same on every JVM.
 */
public final class QuestionFeatures {

  public static final int BITS = 20;

  private static final int MASK = (1 << BITS) - 1;

  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

  private static final Pattern CAMEL_OR_SEPARATOR =
      Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|[._\\-/:$]+");

  /** Character n-grams say less than a whole word; they back words up rather than outvote them. */
  private static final float CHAR_GRAM_WEIGHT = 0.35f;

  /**
   * Names that only questions about Lambda or its managed instances use. Their presence is one more
   * feature, which the router weighs against the rest: a Japanese or Korean question about LMI
   * shares little else with the bank's questions.
   */
  private static final Pattern ANCHOR =
      Pattern.compile(
          "(?iu)\\blmi\\b|\\blambda\\b|managed[ -]instances?|capacity[ -]?providers?"
              + "|execution[ -]environments?|PerExecutionEnvironmentMaxConcurrency|MaxVCpuCount"
              + "|ExecutionEnvironmentMemoryGiBPerVCpu|LATEST\\.PUBLISHED|托管实例|容量提供"
              + "|执行环境|マネージドインスタンス|キャパシティプロバイダー|관리형 인스턴스"
              + "|môi trường thực thi|moi truong thuc thi");

  /** One of these is in every text that {@link #ANCHOR} finds; most questions need no search. */
  private static final List<String> ANCHOR_CUES =
      List.of(
          "lmi",
          "lambda",
          "managed",
          "capacity",
          "execution",
          "maxvcpucount",
          "latest.published",
          "托管实例",
          "容量提供",
          "执行环境",
          "マネージドインスタンス",
          "キャパシティプロバイダー",
          "관리형 인스턴스",
          "môi trường thực thi",
          "moi truong thuc thi");

  /** The separators {@link #CAMEL_OR_SEPARATOR} splits at. */
  private static final String SEPARATORS = "._-/:$";

  private static final int SEED = 0x5eed;

  private static final Analyzer TOKENS =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new StandardTokenizer();
          return new TokenStreamComponents(source);
        }
      };

  private QuestionFeatures() {}

  /** One token: its text as written, its lower-cased folded form, and whether it is CJK. */
  record Token(String original, String written, String folded, boolean cjk, boolean accented) {}

  /** The features of a text, L2-normalised. Empty text gives an empty vector. */
  public static FeatureVector of(String text) {
    return of(text, tokens(text));
  }

  /** A text's features and its terms, from one pass of the tokenizer. */
  public record Analysis(FeatureVector features, List<Term> terms) {}

  /** What {@link #of} and {@link #terms} give, tokenising the text once for both. */
  public static Analysis analyse(String text) {
    List<Token> tokens = tokens(text);
    return new Analysis(of(text, tokens), terms(tokens));
  }

  private static FeatureVector of(String text, List<Token> tokens) {
    IntFloatHashMap counts = new IntFloatHashMap();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.cjk()) {
        add(counts, "h|" + token.folded(), 1f);
      } else {
        add(counts, "w|" + token.folded(), 1f);
        if (token.accented()) {
          add(counts, "a|" + token.written(), 1f);
        }
        if (isNumber(token.folded())) {
          add(counts, "n|" + digitsAsNine(token.folded()), 0.5f);
        } else {
          parts(token.original(), counts);
          charGrams(token.folded(), counts);
        }
      }
      if (i + 1 < tokens.size()) {
        Token next = tokens.get(i + 1);
        add(counts, "b|" + token.folded() + "_" + next.folded(), 1f);
        if (token.accented() && next.accented()) {
          add(counts, "B|" + token.written() + "_" + next.written(), 1f);
        }
        if (token.cjk() && next.cjk() && i + 2 < tokens.size() && tokens.get(i + 2).cjk()) {
          add(counts, "t|" + token.folded() + next.folded() + tokens.get(i + 2).folded(), 0.7f);
        }
      }
    }
    if (Caseless.containsAny(Caseless.of(text), ANCHOR_CUES) && ANCHOR.matcher(text).find()) {
      add(counts, "x|anchor", 1f);
    }
    return normalise(counts);
  }

  /** A word of the question as shown to a person, and the name of its feature. */
  public record Term(String shown, String feature) {}

  /**
   * The question's words that can be named as evidence: Latin words, and pairs of CJK characters (a
   * typical Chinese word).
   */
  public static List<Term> terms(String text) {
    return terms(tokens(text));
  }

  private static List<Term> terms(List<Token> tokens) {
    List<Term> terms = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (!token.cjk()) {
        terms.add(new Term(token.folded(), "w|" + token.folded()));
      } else if (i + 1 < tokens.size() && tokens.get(i + 1).cjk()) {
        Token next = tokens.get(i + 1);
        terms.add(
            new Term(token.folded() + next.folded(), "b|" + token.folded() + "_" + next.folded()));
      }
    }
    return terms;
  }

  /** The tokens of a text, in order. */
  static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = TOKENS.tokenStream("q", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String written = term.toString();
        String kind = type.type();
        boolean cjk =
            kind.equals("<IDEOGRAPHIC>") || kind.equals("<HIRAGANA>") || kind.equals("<KATAKANA>");
        String lower = written.toLowerCase(Locale.ROOT);
        String folded = fold(lower);
        tokens.add(new Token(written, lower, folded, cjk, !cjk && !folded.equals(lower)));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("tokenising an in-memory string failed", e);
    }
    return tokens;
  }

  /** Lower case without diacritics; đ is a letter of its own in Vietnamese, folded to d. */
  public static String fold(String lower) {
    if (isAscii(lower)) {
      return lower; // nothing to decompose, no đ
    }
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    return DIACRITICS.matcher(decomposed).replaceAll("").replace('đ', 'd');
  }

  /** Whether every character is ASCII: such text has nothing to normalise or fold. */
  public static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String digitsAsNine(String number) {
    char[] chars = number.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= '0' && chars[i] <= '9') {
        chars[i] = '9';
      }
    }
    return new String(chars);
  }

  private static boolean isNumber(String token) {
    return !token.isEmpty() && Character.isDigit(token.charAt(0));
  }

  private static void parts(String written, IntFloatHashMap counts) {
    if (!mayHaveParts(written)) {
      return;
    }
    String[] parts = CAMEL_OR_SEPARATOR.split(written);
    if (parts.length < 2) {
      return;
    }
    for (String part : parts) {
      if (part.length() > 1) {
        add(counts, "w|" + fold(part.toLowerCase(Locale.ROOT)), 0.7f);
      }
    }
  }

  /**
   * Whether {@link #CAMEL_OR_SEPARATOR} can split the word: only at a separator or before a capital
   * that is not the first letter. Most words are neither, and the split is a regular expression.
   */
  private static boolean mayHaveParts(String written) {
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (SEPARATORS.indexOf(c) >= 0 || (i > 0 && c >= 'A' && c <= 'Z')) {
        return true;
      }
    }
    return false;
  }

  private static void charGrams(String folded, IntFloatHashMap counts) {
    if (folded.length() < 3) {
      return;
    }
    String padded = "<" + folded + ">";
    if (isAscii(padded)) {
      asciiCharGrams(padded, counts);
      return;
    }
    for (int n = 3; n <= 5; n++) {
      for (int at = 0; at + n <= padded.length(); at++) {
        add(counts, "c|" + padded.substring(at, at + n), CHAR_GRAM_WEIGHT);
      }
    }
  }

  /**
   * The same features as the general case, hashed straight from the word's bytes: one ASCII
   * character is one UTF-8 byte, so no string is built per n-gram.
   */
  private static void asciiCharGrams(String padded, IntFloatHashMap counts) {
    byte[] feature = new byte[2 + 5];
    feature[0] = 'c';
    feature[1] = '|';
    for (int n = 3; n <= 5; n++) {
      for (int at = 0; at + n <= padded.length(); at++) {
        for (int k = 0; k < n; k++) {
          feature[2 + k] = (byte) padded.charAt(at + k);
        }
        int id = StringHelper.murmurhash3_x86_32(feature, 0, 2 + n, SEED) & MASK;
        counts.addTo(id, CHAR_GRAM_WEIGHT);
      }
    }
  }

  private static void add(IntFloatHashMap counts, String feature, float weight) {
    counts.addTo(hash(feature), weight);
  }

  /** The feature id of a feature name. */
  public static int hash(String feature) {
    byte[] bytes = feature.getBytes(StandardCharsets.UTF_8);
    return StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, SEED) & MASK;
  }

  private static FeatureVector normalise(IntFloatHashMap counts) {
    if (counts.isEmpty()) {
      return FeatureVector.EMPTY;
    }
    int[] ids = counts.keys().toArray();
    Arrays.sort(ids);
    float[] values = new float[ids.length];
    double norm = 0;
    for (int i = 0; i < ids.length; i++) {
      // Sub-linear counts: a word said three times is not three times the evidence.
      values[i] = (float) Math.log1p(counts.get(ids[i]));
      norm += values[i] * values[i];
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < values.length; i++) {
      values[i] *= scale;
    }
    return new FeatureVector(ids, values);
  }
}
