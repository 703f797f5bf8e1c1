package dev.lmiadvisor.knowledge;

import dev.lmiadvisor.knowledge.text.QuestionFeatures;
import java.text.Normalizer;
import java.util.Set;

/**
 * Tells English, Chinese and Vietnamese questions apart by their script, and recognises Japanese
 * (kana), Korean (Hangul) and other scripts so that they are not taken for one of the three.
 *
 * <p>Any run of Han characters makes a question Chinese (technical terms inside Chinese questions
 * are usually English, so the share of Han characters is not a good signal). Vietnamese is written
 * in Latin letters with diacritics that English never uses (ă, â, đ, ê, ô, ơ, ư and the tone marks
 * on them); a few of those, or common unaccented Vietnamese function words, make a question
 * Vietnamese. Everything else is English.
 */
public final class LanguageDetector {

  private static final String VIETNAMESE_LETTERS =
      "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";

  /** The same letters as a set of code points: detection runs on every question. */
  private static final java.util.BitSet VIETNAMESE = new java.util.BitSet();

  static {
    VIETNAMESE_LETTERS.codePoints().forEach(VIETNAMESE::set);
  }

  /** Common Vietnamese words as written without diacritics; few are English words too. */
  private static final Set<String> VIETNAMESE_WORDS =
      Set.of(
          "khong", "nhu", "nao", "cua", "cho", "duoc", "voi", "nhung", "nhieu", "thi", "nen",
          "minh", "khi", "sao", "cac", "giua", "lam", "dung", "chay", "hien", "tai", "luu", "lieu",
          "chuyen", "sang", "tao", "vao", "theo", "gan", "bien", "mot", "nay", "neu", "phai",
          "trong", "tren", "duoi", "roi", "chua", "van", "bi", "gi", "ra", "va", "co", "la", "de",
          "du", "cu", "uoc", "tinh", "giup", "hang", "thang", "phi", "quan", "ly", "chon", "nang",
          "dong", "hay", "da", "o");

  private LanguageDetector() {}

  public static Language detect(String text) {
    int han = 0;
    int kana = 0;
    int hangul = 0;
    int latin = 0;
    int otherLetters = 0;
    int vietnameseLetters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      switch (script) {
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        case LATIN -> {
          latin++;
          if (VIETNAMESE.get(Character.toLowerCase(cp))) {
            vietnameseLetters++;
          }
        }
        default -> {
          if (Character.isLetter(cp)) {
            otherLetters++;
          }
        }
      }
    }
    // Japanese writes Han characters too; kana say it is Japanese.
    if (kana > 0) {
      return Language.JA;
    }
    if (hangul > 0) {
      return Language.KO;
    }
    if (han > 0) {
      return Language.ZH;
    }
    if (vietnameseLetters >= 2) {
      return Language.VI;
    }
    if (otherLetters > latin) {
      return Language.OTHER;
    }
    return looksLikeUnaccentedVietnamese(text) ? Language.VI : Language.EN;
  }

  /** People often type Vietnamese without diacritics; count its commonest function words. */
  private static boolean looksLikeUnaccentedVietnamese(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    String folded =
        QuestionFeatures.isAscii(lower)
            ? lower // nothing to decompose; most questions here are English
            : Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    int hits = 0;
    int words = 0;
    // The words are the runs of a to z.
    for (int start = 0; start < folded.length(); ) {
      int end = start;
      while (end < folded.length() && folded.charAt(end) >= 'a' && folded.charAt(end) <= 'z') {
        end++;
      }
      if (end > start) {
        words++;
        if (VIETNAMESE_WORDS.contains(folded.substring(start, end))) {
          hits++;
        }
      }
      start = end + 1;
    }
    return hits >= 3 && hits * 4 >= words;
  }
}
